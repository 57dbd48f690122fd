// Builds the pages (`next build`) and stamps the build with a hash of what it was built from.
// With --if-stale (npm run test:e2e) an up-to-date build is kept: a clean install has just
// built it, and a second build costs CI a minute for nothing. Any change to a source the
// pages are built from, or to the lockfile, builds again.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/** The pages import only these (the layer rules keep server/ out of them). */
const SOURCES = ["app", "components", "hooks", "lib"];
const FILES = ["next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const STAMP = join(root, ".next", "switchboard-sources.sha256");

function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

function sourcesHash() {
  const hash = createHash("sha256");
  const files = [...SOURCES.flatMap((d) => filesUnder(join(root, d))), ...FILES.map((f) => join(root, f))];
  for (const file of files.filter((f) => existsSync(f)).sort()) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const hash = sourcesHash();
const built =
  existsSync(STAMP) && existsSync(join(root, ".next", "BUILD_ID")) ? readFileSync(STAMP, "utf8") : null;
if (process.argv.includes("--if-stale") && built === hash) {
  console.log("pages: the build is up to date with app/, components/, hooks/ and lib/ (no rebuild)");
} else {
  execFileSync(join(root, "node_modules", ".bin", "next"), ["build"], { cwd: root, stdio: "inherit" });
  writeFileSync(STAMP, hash);
}
