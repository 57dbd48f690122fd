import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { setTimeout as sleep } from "node:timers/promises";
import { startScriptedGateway } from "@/server/demo/scripted-gateway";
import { supervise } from "@/server/demo/supervisor";
import { connectCliClient } from "../support/openclaw-cli-client";

describe("the demo gateway's supervisor, on the real gateway", { timeout: 240_000 }, () => {
  it("starts a killed demo gateway again on the same address, where clients connect again", async () => {
    const stateDir = mkdtempSync(join(tmpdir(), "switchboard-restart-"));
    const lines: string[] = [];
    const first = await startScriptedGateway({ stateDir, hostEnv: process.env });
    const gateway = supervise(
      first,
      () => startScriptedGateway({ stateDir, hostEnv: process.env, port: first.port, token: first.token }),
      { name: "demo gateway", log: (line) => lines.push(line), delaysMs: [500] },
    );
    try {
      process.kill(first.pid, "SIGKILL");
      while (gateway.restarts() === 0) await sleep(250);
      assert.notEqual(gateway.current().pid, first.pid);
      assert.equal(gateway.current().gatewayUrl, first.gatewayUrl);
      assert.ok(
        lines.some((l) => /demo gateway exited \(signal SIGKILL\)/.test(l)),
        lines.join("\n"),
      );
      const client = await connectCliClient({ url: first.gatewayUrl, token: first.token, onFrame: () => {} });
      await client.stop();
    } finally {
      await gateway.stop();
      rmSync(stateDir, { recursive: true, force: true });
    }
  });
});
