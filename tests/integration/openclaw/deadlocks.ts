import assert from "node:assert/strict";
import { it } from "node:test";
import { BreakDeadlockResponse } from "@/lib/dispatch";
import type { Chain } from "@/lib/hops";
import { cyclePlan } from "@/server/demo/plans";
import { recordScenario } from "../../support/scenario-recording";
import { readsOf, sessionsFor } from "./chains";
import { apiOf, type GatewayContext, until } from "./context";

/** Wait cycles: each session asks the next and waits; the last one's message queues behind the first's run. */
export function deadlockTests(ctx: GatewayContext): void {
  const reads = () => readsOf(ctx.app);

  async function cycle(sessions: string[], waits: number[]): Promise<string> {
    for (const key of sessions.slice(1)) await ctx.app.operations()!.ensureSession(key, key.split(":")[2]!);
    return (await ctx.app.operations()!.sendMessage(sessions[0]!, cyclePlan(sessions, waits))).runId;
  }
  const liveDeadlock = (runId: string) =>
    until(
      () => reads().chain(runId),
      (c) => c?.deadlocks[0]?.endedAt === null,
      "a live deadlock",
      40_000,
    );
  const endedDeadlock = (runId: string) =>
    until(
      () => reads().chain(runId),
      (c) => (c?.deadlocks[0]?.endedAt ?? null) !== null,
      "the deadlock to end",
      60_000,
    );
  const hopFrom = (chain: Chain, session: string) => chain.hops.find((h) => h.callerSessionKey === session)!;

  for (const [scenario, names, waits] of [
    ["deadlock-a-b-a", ["a", "b"], [10, 30]],
    ["deadlock-a-b-c-a", ["a", "b", "c"], [10, 20, 30]],
  ] as const) {
    it(`shows the ${names.join(" → ")} → a deadlock live, with when it breaks, then how it ended`, async (t) => {
      const sessions = sessionsFor(scenario.replaceAll("-", "").slice(8), ...names);
      await recordScenario(ctx.gateway, scenario, async () => {
        const runId = await cycle(sessions, [...waits]);
        const live = await liveDeadlock(runId);
        const d = live!.deadlocks[0]!;
        const first = hopFrom(live!, sessions[0]!);
        const closing = hopFrom(live!, sessions.at(-1)!);
        assert.deepEqual(d.sessions, sessions);
        assert.equal(d.hopIds.length, names.length);
        assert.equal(d.breaksAt, first.timestamps.sentAt + waits[0] * 1000);
        assert.equal(d.closingRunId, closing.callerRunId);
        assert.equal(closing.queuedBehindRunId, runId);
        const alert = (await reads().alerts()).find((a) => a.alertId === `deadlock:${d.deadlockId}`);
        assert.deepEqual([alert?.kind, alert?.breaksAt, alert?.endedAt], ["deadlock", d.breaksAt, null]);

        const ended = (await endedDeadlock(runId))!.deadlocks[0]!;
        assert.equal(ended.endedBy, "wait_expired");
        assert.ok(ended.endedAt! >= d.breaksAt - 500, "it held until the first wait expired");
        const done = await until(
          () => reads().alerts(),
          (alerts) => alerts.some((a) => a.alertId === alert!.alertId && a.endedAt !== null),
          "the alert to say how it ended",
        );
        assert.match(done.find((a) => a.alertId === alert!.alertId)!.message, /Ended after .+ wait ran out/);
        // Then everything resolves: every wait in the cycle gets its answer.
        await until(
          () => reads().chain(runId),
          (c) =>
            c!.hops.length === names.length &&
            c!.hops.every((h) => ["replied", "completed"].includes(h.state)),
          "every hop of the cycle answered",
          60_000,
        );
        t.diagnostic(
          `deadlock held ${ended.endedAt! - ended.since} ms; broke ${ended.endedAt! - d.breaksAt} ms after breaksAt`,
        );
      });
    });
  }

  it("breaks a deadlock now, on request, by aborting the run whose wait closes it", async () => {
    const sessions = sessionsFor("brk", "a", "b");
    const runId = await cycle(sessions, [60, 90]);
    const d = (await liveDeadlock(runId))!.deadlocks[0]!;
    const res = await apiOf(ctx.app).post(`/api/deadlocks/${encodeURIComponent(d.deadlockId)}/break`, {});
    assert.equal(res.status, 200);
    const broke = BreakDeadlockResponse.parse(await res.json());
    assert.deepEqual([broke.aborted, broke.runId], [true, d.closingRunId]);
    const ended = (await endedDeadlock(runId))!.deadlocks[0]!;
    assert.ok(ended.endedAt! < d.breaksAt, "before the first wait would have expired");
    const again = BreakDeadlockResponse.parse(
      await (
        await apiOf(ctx.app).post(`/api/deadlocks/${encodeURIComponent(d.deadlockId)}/break`, {})
      ).json(),
    );
    assert.equal(again.aborted, false);
  });

  it("calls a loop whose closing send does not wait a loop, never a deadlock", async () => {
    const sessions = sessionsFor("ffl", "a", "b");
    await recordScenario(ctx.gateway, "loop-fire-and-forget", async () => {
      const runId = await cycle(sessions, [20, 0]);
      const seen = await until(
        () => reads().chain(runId),
        (c) => {
          assert.deepEqual(c?.deadlocks ?? [], [], "no deadlock at any point");
          return (
            (c?.hops.length ?? 0) >= 2 &&
            c!.hops.every((h) => h.state === "replied" || h.state === "completed")
          );
        },
        "both hops done",
        60_000,
      );
      assert.deepEqual(seen!.cycles, [[sessions[0], sessions[1], sessions[0]]]);
    });
  });
}
