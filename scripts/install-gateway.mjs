// The real OpenClaw gateway refuses Node < 24.16 in its own preinstall, so it cannot be a
// root dependency installed by a machine's older npm/node. It lives in its own folder and is
// installed here, when npm scripts already run on the Node 24 from the `node` devDependency.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "openclaw-runtime");
if (process.env.SWITCHBOARD_SKIP_GATEWAY_INSTALL === "1") process.exit(0);
if (existsSync(join(dir, "node_modules", "openclaw", "openclaw.mjs"))) process.exit(0);
console.log("Installing the OpenClaw gateway used by the demo and the end-to-end tests…");
execFileSync("npm", ["install", "--no-audit", "--no-fund"], { cwd: dir, stdio: "inherit" });
