import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ConfigError } from "@/server/config";
import { hashPassword } from "@/server/auth/passwords";
import { writeGatewayConfig } from "@/server/demo/gateway-config";
import { startTestSwitchboard } from "../support/switchboard-harness";

const freshDir = () => mkdtempSync(join(tmpdir(), "switchboard-exposure-"));
const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe("who can reach Switchboard at all", () => {
  it("refuses to listen beyond loopback with only the admin token, saying what to configure", async () => {
    await assert.rejects(
      startTestSwitchboard(freshDir(), { HOST: "0.0.0.0" }),
      (error: Error) => error instanceof ConfigError && /configure users with passwords/.test(error.message),
    );
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: "production",
        HOST: "0.0.0.0",
        PORT: "0",
        SWITCHBOARD_DATA_DIR: freshDir(),
        OPENCLAW_CONFIG_PATH: "/nonexistent/openclaw.json",
        SWITCHBOARD_TOKEN: "a-token-set-in-the-environment",
      },
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Switchboard did not start\. HOST=0\.0\.0\.0 lets other machines connect/);
  });

  it("listens beyond loopback once users with passwords are configured", async () => {
    const dir = freshDir();
    const users = [{ name: "ana", role: "viewer", password: await hashPassword("pw") }];
    writeFileSync(join(dir, "switchboard.config.json"), JSON.stringify({ users }));
    const sb = await startTestSwitchboard(dir, { HOST: "0.0.0.0" });
    await sb.stop();
  });

  it("generates the admin token into a private data dir and keeps it across restarts", async () => {
    const dir = freshDir();
    const first = await startTestSwitchboard(dir, { SWITCHBOARD_TOKEN: "" });
    await first.stop({ keepData: true });
    const token = readFileSync(join(dir, "admin-token"), "utf8").trim();
    assert.equal(mode(join(dir, "admin-token")), "600");
    assert.equal(mode(dir), "700");
    const second = await startTestSwitchboard(dir, { SWITCHBOARD_TOKEN: "" });
    try {
      assert.equal((await second.api({ token }).get("/api/runs")).status, 200);
    } finally {
      await second.stop();
    }
  });

  it("writes the demo gateway's config, which holds its token, readable by its owner only", () => {
    const stateDir = join(freshDir(), "demo-gateway");
    const paths = writeGatewayConfig({
      stateDir,
      modelBaseUrl: "http://127.0.0.1:1/v1",
      port: 1,
      token: "t",
    });
    assert.equal(mode(paths.configPath), "600");
    for (const dir of [stateDir, paths.home, paths.tmpDir]) assert.equal(mode(dir), "700", dir);
  });
});
