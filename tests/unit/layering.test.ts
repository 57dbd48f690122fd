import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, it } from "node:test";

const ROOT = join(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), "utf8");
  return [...text.matchAll(/^import[^"']*["']([^"']+)["']/gm)].map((m) => m[1]!);
}

/** Which imports a file may not have: the dependency rule of DESIGN.md, with the reason. */
const RULES: { layer: string; forbidden: RegExp; why: string }[] = [
  { layer: "app", forbidden: /^@\/server\/|^node:/, why: "pages render in the browser too: data comes through hooks/ and /api" },
  { layer: "components", forbidden: /^@\/server\/|^node:/, why: "components get data through hooks/, never from the server code" },
  { layer: "hooks", forbidden: /^@\/server\/|^node:/, why: "the browser reaches the server only over /api and socket.io" },
  { layer: "lib", forbidden: /^@\/(server|hooks|components|app)\/|^node:|^react/, why: "lib/ holds isomorphic contracts: no I/O, no React" },
  { layer: "server", forbidden: /^@\/(hooks|components|app)\//, why: "the server never imports browser code" },
];

describe("the dependency rule", () => {
  for (const rule of RULES) {
    it(`${rule.layer}/ imports nothing it must not (${rule.why})`, () => {
      const offenders = sources(rule.layer).flatMap((file) =>
        importsOf(file).filter((spec) => rule.forbidden.test(spec)).map((spec) => `${relative(ROOT, join(ROOT, file))} → ${spec}`),
      );
      assert.deepEqual(offenders, []);
    });
  }

  it("only server/gateway/ imports OpenClaw's protocol packages (tests and the demo harness aside)", () => {
    const offenders = ["app", "components", "hooks", "lib", "server"]
      .flatMap(sources)
      .filter((file) => !file.startsWith("server/gateway/"))
      .filter((file) => importsOf(file).some((spec) => spec.startsWith("@openclaw/")));
    assert.deepEqual(offenders, []);
  });
});
