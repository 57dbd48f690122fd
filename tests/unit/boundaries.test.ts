import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ESLint } from "eslint";
import tseslint from "typescript-eslint";
import { boundaryConfigs } from "../../eslint/boundaries.mjs";

const ROOT = join(import.meta.dirname, "..", "..");

/** The layer rules alone (no type information needed), applied to code as if it were at `file`. */
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ["**/*.{ts,tsx}"], languageOptions: { parser: tseslint.parser } },
    ...boundaryConfigs,
  ],
});

async function complaints(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? "parse"}: ${m.message}`);
}

/** [file, code, the part of the message that explains it]: each must be refused. */
const FORBIDDEN: [string, string, RegExp][] = [
  [
    "components/chain/probe.tsx",
    `import { x } from "../../server/store/store";`,
    /reach the server through \/api/,
  ],
  [
    "components/probe.tsx",
    `export { startSwitchboard } from "@/server/main";`,
    /reach the server through \/api/,
  ],
  [
    "app/probe/page.tsx",
    `export async function f() { return import("../../server/main"); }`,
    /reach the server/,
  ],
  ["hooks/probe.ts", `import { Button } from "@/components/ui/button";`, /pass data down as props/],
  ["hooks/probe.ts", `import { x } from "../components/ui/button";`, /pass data down as props/],
  ["lib/probe.ts", `import { readFileSync } from "node:fs";`, /Node built-ins/],
  ["lib/probe.ts", `import { useState } from "react";`, /framework-free/],
  ["lib/probe.ts", `export const f = () => fetch("/api/runs");`, /does no I\/O/],
  ["lib/probe.ts", `import { useRuns } from "@/hooks/use-runs";`, /lib\/ holds pure contracts/],
  ["lib/probe.ts", `export const port = process.env.PORT;`, /Only server\/config\.ts reads process\.env/],
  ["server/realtime/probe.ts", `import type { Store } from "../store/store";`, /never reads the store/],
  ["server/realtime/probe.ts", `import type { Store } from "@/server/store/store";`, /never reads the store/],
  ["server/store/probe.ts", `import type { X } from "../timeline/link";`, /depends only on lib\//],
  [
    "server/store/sqlite/probe.ts",
    `import { linkEvent } from "../../timeline/link";`,
    /depends only on lib\//,
  ],
  [
    "server/store/sqlite/probe.ts",
    `import { linkEvent } from "@/server/timeline/link";`,
    /depends only on lib\//,
  ],
  [
    "server/timeline/probe.ts",
    `import { GatewayClient } from "@openclaw/gateway-client";`,
    /Only server\/gateway\//,
  ],
  [
    "server/timeline/probe.ts",
    `export const f = () => import("@openclaw/gateway-protocol");`,
    /Only server\/gateway\//,
  ],
  ["server/demo/probe.ts", `export const path = process.env.PATH;`, /Only server\/config\.ts/],
  [
    "server/http/probe.ts",
    `import { RunRow } from "@/components/runs/run-row";`,
    /never imports browser code/,
  ],
];

/** Imports that follow the rule: none may be refused. */
const ALLOWED: [string, string][] = [
  ["app/probe/page.tsx", `import { RunsScreen } from "@/components/runs/runs-screen";`],
  [
    "components/probe.tsx",
    `import { useRuns } from "@/hooks/use-runs"; import { RunSummary } from "@/lib/runs";`,
  ],
  ["hooks/probe.ts", `import { io } from "socket.io-client"; import { RunSummary } from "../lib/runs";`],
  [
    "server/store/sqlite/probe.ts",
    `import type { Store } from "../store"; import { DatabaseSync } from "node:sqlite";`,
  ],
  ["server/gateway/probe.ts", `import { GatewayClient } from "@openclaw/gateway-client";`],
  ["server/main.ts", `export const f = () => import("./demo/start-demo");`],
  ["server/config.ts", `export const port = process.env.PORT;`],
];

describe("the layer rules (eslint/boundaries.mjs)", () => {
  for (const [file, code, why] of FORBIDDEN) {
    it(`refuses in ${file}: ${code}`, async () => {
      const found = await complaints(file, code);
      assert.ok(
        found.some((m) => why.test(m)),
        `expected a complaint matching ${why}, got ${JSON.stringify(found)}`,
      );
    });
  }
  for (const [file, code] of ALLOWED) {
    it(`allows in ${file}: ${code}`, async () => {
      assert.deepEqual(await complaints(file, code), []);
    });
  }
});
