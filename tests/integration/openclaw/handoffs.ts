import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { after, before, describe, it } from "node:test";
import { Chain, type Hop } from "@/lib/hops";
import { callerTimeoutPlan, chainPlan, fireAndForgetPlan, missingTargetPlan } from "@/server/demo/plans";
import { SCENARIO_FIXTURE } from "../../support/fixture-frames";
import { createFrameLog } from "../../support/frame-log";
import { connectCliClient, type CliClient } from "../../support/openclaw-cli-client";
import { apiOf, type GatewayContext, plan, until } from "./context";

const RECORD = !existsSync(SCENARIO_FIXTURE) || process.env.SWITCHBOARD_RECORD_FIXTURES === "1";

export function handoffTests(ctx: GatewayContext): void {
  describe("handoff chains and receipts", () => {
    // A second operator records every frame of these scenarios: the fixture of the link unit tests.
    const recording = createFrameLog();
    let recorder: CliClient | null = null;
    before(async () => {
      recorder = await connectCliClient({
        url: ctx.gateway.gatewayUrl,
        token: ctx.gateway.token,
        onFrame: recording.record,
      });
      await recorder.request("sessions.subscribe", {});
    });
    after(async () => {
      await recorder?.stop();
      if (RECORD)
        recording.write(SCENARIO_FIXTURE, { secrets: [ctx.gateway.token], scratchDir: ctx.gateway.stateDir });
    });

    const chainOf = async (runId: string) => {
      const res = await apiOf(ctx.app).get(`/api/runs/${runId}/chain`);
      return res.ok ? Chain.parse(await res.json()) : null;
    };
    const hopsOf = async (runId: string): Promise<Hop[]> => (await chainOf(runId))?.hops ?? [];

    it("draws A → B → C with two hops, depths 1 and 2, both replied", async () => {
      const ops = ctx.app.operations()!;
      await ops.ensureSession("agent:main:chain-b", "chain-b");
      await ops.ensureSession("agent:main:chain-c", "chain-c");
      const { runId } = await ops.sendMessage(
        "agent:main:chain-a",
        chainPlan("agent:main:chain-b", "agent:main:chain-c"),
      );
      const hops = await until(
        () => hopsOf(runId),
        (h) => h.length === 2 && h.every((x) => x.state === "replied"),
        "both hops replied",
        60_000,
      );
      assert.deepEqual(
        hops.map((h) => [h.callerSessionKey, h.targetSessionKey, h.depth, h.link]),
        [
          ["agent:main:chain-a", "agent:main:chain-b", 1, "confirmed"],
          ["agent:main:chain-b", "agent:main:chain-c", 2, "confirmed"],
        ],
      );
      const chain = await chainOf(hops[1]!.targetRunId!);
      assert.equal(chain?.rootRunId, runId);
      assert.equal(chain?.maxDepth, 2);
    });

    it("shows a caller whose wait ran out as released while the target runs, then completed", async () => {
      const ops = ctx.app.operations()!;
      await ops.ensureSession("agent:main:slow-b", "slow-b");
      const { runId } = await ops.sendMessage("agent:main:slow-a", callerTimeoutPlan("agent:main:slow-b"));
      const [released] = await until(
        () => hopsOf(runId),
        (h) => h[0]?.state === "caller_released",
        "caller released",
        30_000,
      );
      assert.ok(released!.timestamps.callerReleasedAt !== null && released!.timestamps.endedAt === null);
      const [done] = await until(
        () => hopsOf(runId),
        (h) => h[0]?.state === "completed" || h[0]?.state === "replied",
        "the target to finish",
        60_000,
      );
      assert.ok(done!.timestamps.endedAt! > done!.timestamps.callerReleasedAt!);
    });

    it("rejects a send to a session that does not exist, with the gateway's reason", async () => {
      const { runId } = await ctx.app
        .operations()!
        .sendMessage("agent:main:lonely", missingTargetPlan("agent:main:ghost"));
      const [hop] = await until(
        () => hopsOf(runId),
        (h) => h[0]?.state === "rejected",
        "the rejection",
        30_000,
      );
      assert.match(hop!.error ?? "", /No session found/);
    });

    it("draws a sessions_spawn as a spawn hop into the child session, confirmed and completed", async () => {
      const task = plan([{ text: "CHILD: done." }]);
      const { runId } = await ctx.app
        .operations()!
        .sendMessage(
          "agent:main:spawner",
          plan([{ tool: "sessions_spawn", args: { task, label: "kid" } }, { text: "spawned." }]),
        );
      const [hop] = await until(
        () => hopsOf(runId),
        (h) => h[0]?.state === "completed",
        "the child to finish",
        30_000,
      );
      assert.equal(hop!.kind, "spawn");
      assert.equal(hop!.link, "confirmed");
      assert.match(hop!.targetSessionKey ?? "", /^agent:main:subagent:/);
    });

    it("follows a fire-and-forget send to the target's end", async () => {
      const ops = ctx.app.operations()!;
      await ops.ensureSession("agent:main:ff-b", "ff-b");
      const { runId } = await ops.sendMessage("agent:main:ff-a", fireAndForgetPlan("agent:main:ff-b"));
      const [hop] = await until(
        () => hopsOf(runId),
        (h) => h[0]?.state === "completed" || h[0]?.state === "replied",
        "the target to finish",
        30_000,
      );
      assert.equal(hop!.waitSeconds, 0);
      assert.ok(hop!.timestamps.callerReleasedAt !== null);
    });
  });
}
