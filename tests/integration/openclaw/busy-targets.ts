import assert from "node:assert/strict";
import { it } from "node:test";
import { busyPlan, handoffPlan, planMessage, textStep } from "@/server/demo/plans";
import { recordScenario } from "../../support/scenario-recording";
import { readsOf, sessionsFor } from "./chains";
import { type GatewayContext, plan, until } from "./context";

/** B busy with its own ~15 s run; A sends to B. */
export function busyTargetTests(ctx: GatewayContext): void {
  const reads = () => readsOf(ctx.app);
  const ops = () => ctx.app.operations()!;
  const hopOf = async (runId: string) =>
    (await reads().chain(runId))?.hops.find((h) => h.callerRunId === runId);

  async function busy(session: string): Promise<string> {
    await ops().ensureSession(session, session.split(":")[2]!);
    const own = await ops().sendMessage(session, busyPlan(15_000, "B's own work is done."));
    await until(
      () => ctx.app.store.getRun(own.runId),
      (r) => r?.status === "running",
      "B's own run to start",
    );
    return own.runId;
  }

  it("queues a waiting send behind the busy target's run, then runs it under the result's id", async (t) => {
    const [a, b] = sessionsFor("bw", "a", "b");
    await recordScenario(ctx.gateway, "busy-target-wait", async () => {
      const own = await busy(b!);
      const { runId } = await ops().sendMessage(a!, handoffPlan(b!, { timeoutSeconds: 40 }));
      const queued = await until(
        () => hopOf(runId),
        (h) => h?.state === "queued",
        "the hop queued",
        30_000,
      );
      assert.equal(queued!.queuedBehindRunId, own);
      assert.ok(queued!.timestamps.acceptedAt !== null && queued!.queueWaitMs === null);
      const done = await until(
        () => hopOf(runId),
        (h) => h?.state === "replied",
        "the reply",
        60_000,
      );
      const ownRun = await ctx.app.store.getRun(own);
      assert.ok(done!.timestamps.startedAt! >= ownRun!.endedAt!, "B ran it after its own run");
      assert.equal(done!.queueWaitMs, done!.timestamps.startedAt! - done!.timestamps.acceptedAt!);
      assert.deepEqual([done!.callerStatus, done!.disposition, done!.link], ["ok", null, "confirmed"]);
      assert.deepEqual(done!.delivery, { status: "pending", mode: "announce" });
      t.diagnostic(
        `accepted ${done!.timestamps.acceptedAt! - done!.timestamps.sentAt} ms after the send; queued ${done!.queueWaitMs} ms`,
      );
    });
  });

  it("says accepted and queued at once for a fire-and-forget send to a busy target", async (t) => {
    const [a, b] = sessionsFor("bn", "a", "b");
    await recordScenario(ctx.gateway, "busy-target-nowait", async () => {
      const own = await busy(b!);
      const { runId } = await ops().sendMessage(a!, handoffPlan(b!, { timeoutSeconds: 0 }));
      const queued = await until(
        () => hopOf(runId),
        (h) => h?.state === "queued",
        "the hop queued",
        30_000,
      );
      assert.deepEqual(
        [queued!.callerStatus, queued!.disposition, queued!.queuedBehindRunId],
        ["accepted", "queued", own],
      );
      const done = await until(
        () => hopOf(runId),
        (h) => h?.state === "replied",
        "the reply",
        60_000,
      );
      assert.ok(done!.queueWaitMs! > 1000);
      t.diagnostic(
        `result ${done!.timestamps.resultAt! - done!.timestamps.sentAt} ms after the send; queued ${done!.queueWaitMs} ms`,
      );
    });
  });

  it("keeps a label apart from the session it resolved to; an unknown label resolves to none", async () => {
    const [a, t] = sessionsFor("lb", "a", "t");
    const label = t!.split(":")[2]!.replace("-t-", "-label-");
    await ops().ensureSession(t!, label);
    const { runId } = await ops().sendMessage(
      a!,
      plan([
        {
          tool: "sessions_send",
          args: { label, message: plan([{ text: "By label." }]), timeoutSeconds: 20 },
        },
        { tool: "sessions_send", args: { label: `${label}-nobody`, message: "Anyone?", timeoutSeconds: 5 } },
        { text: "Label sends done." },
      ]),
    );
    const hops = await until(
      async () => (await reads().chain(runId))?.hops ?? [],
      (h) => h.length === 2 && h.every((x) => x.callerStatus !== null),
      "both label sends answered",
    );
    const [known, unknown] = hops;
    assert.deepEqual([known!.targetLabel, known!.targetSessionKey], [label, t]);
    assert.deepEqual(
      [unknown!.targetLabel, unknown!.targetSessionKey, unknown!.state],
      [`${label}-nobody`, null, "rejected"],
    );
    assert.match(unknown!.error ?? "", /No session found with label/);
  });

  it("takes a spawned child's completion, back in the requester, as the spawn hop's reply", async () => {
    const [a] = sessionsFor("sp", "a");
    const task = plan([{ text: "CHILD: done." }]);
    const { runId } = await ops().sendMessage(
      a!,
      planMessage("Spawn a helper.", [
        { tool: "sessions_spawn", args: { task, label: "hc-kid" } },
        textStep("spawned."),
      ]),
    );
    const hop = await until(
      () => hopOf(runId),
      (h) => h?.state === "replied",
      "the child's completion",
      60_000,
    );
    assert.match(hop!.replyRunId ?? "", /^announce:v1:agent:main:subagent:/);
    assert.equal(hop!.kind, "spawn");
  });
}
