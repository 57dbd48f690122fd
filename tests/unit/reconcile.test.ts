import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RunSummary } from "@/lib/runs";
import { projectRuns } from "@/server/timeline/project-run";
import { closingEvents, type RunFateFacts } from "@/server/timeline/reconcile";

const run: RunSummary = {
  runId: "r1",
  sessionKey: "agent:main:a",
  agentId: "main",
  status: "running",
  startedAt: 1,
  endedAt: null,
  updatedAt: 10,
  toolCalls: 0,
  reply: null,
  error: null,
  lastCursor: 3,
  route: null,
};
const busy: RunFateFacts = { outcome: { ended: false }, sessionIdle: false, gatewayBootedAt: null, now: 99 };

describe("closing runs whose end was missed", () => {
  it("ends a run the gateway reports finished, with its reply keyed like the live ending", () => {
    const events = closingEvents(run, {
      ...busy,
      outcome: { ended: true, ok: true, endedAt: 50, error: null, reply: "done" },
    });
    assert.deepEqual(
      events.map((e) => e.kind),
      ["chat", "lifecycle"],
    );
    assert.equal(events[1]?.kind === "lifecycle" && events[1].phase, "end");
    assert.equal(events[0]?.kind === "chat" && events[0].text, "done");
    assert.equal(events[0]?.dedupeKey, "chat:r1:end");
    assert.ok(events.every((e) => e.ts === 50));
  });

  it("fails a run the gateway reports failed, with the gateway's reason", () => {
    const [end] = closingEvents(run, {
      ...busy,
      sessionIdle: true,
      outcome: { ended: true, ok: false, endedAt: 50, error: "rate limited", reply: null },
    });
    assert.equal(end?.kind === "lifecycle" && end.error, "rate limited");
  });

  it("leaves a run alone while its session is still busy and the gateway did not restart", () => {
    assert.deepEqual(closingEvents(run, busy), []);
  });

  it("interrupts a run last seen before the gateway restarted, saying when, whatever the stale catalog says", () => {
    const [end] = closingEvents(run, { ...busy, gatewayBootedAt: Date.UTC(2026, 11, 1, 1, 54, 41) });
    assert.equal(end?.kind === "lifecycle" && end.phase, "interrupted");
    assert.equal(end?.kind === "lifecycle" && end.error, "the gateway restarted at 01:54:41 UTC");
  });

  it("interrupts a run begun before the restart even when backfilled history was seen after it", () => {
    const [end] = closingEvents(run, { ...busy, gatewayBootedAt: 5 });
    assert.equal(end?.kind === "lifecycle" && end.phase, "interrupted");
  });

  it("leaves a run begun after the restart to its live events", () => {
    assert.deepEqual(closingEvents(run, { ...busy, gatewayBootedAt: 0 }), []);
  });

  it("interrupts a run the gateway no longer knows in an idle session, when that was found", () => {
    const [end] = closingEvents(run, { ...busy, sessionIdle: true, gatewayBootedAt: 0 });
    assert.equal(end?.kind === "lifecycle" && end.phase, "interrupted");
    assert.equal(end?.ts, 99, "not the gateway's start, long before the run");
    assert.match(end?.kind === "lifecycle" ? (end.error ?? "") : "", /no longer has this run/);
  });

  it("uses stable keys, so a second pass stores nothing new", () => {
    const a = closingEvents(run, { ...busy, sessionIdle: true, now: 1 }).map((e) => e.dedupeKey);
    const b = closingEvents(run, { ...busy, sessionIdle: true, now: 2 }).map((e) => e.dedupeKey);
    assert.deepEqual(a, b);
  });

  it("never turns a run that had its chat final into anything else; the gateway's word replaces an interruption", () => {
    const ev = (cursor: number, e: object) => ({
      cursor,
      runId: "r1",
      sessionKey: "agent:main:a",
      seq: null,
      ts: cursor,
      ...e,
    });
    const final = ev(1, { kind: "chat", state: "final", text: "done", stopReason: null, error: null });
    const cut = ev(2, {
      kind: "lifecycle",
      phase: "interrupted",
      error: "the gateway restarted",
      aborted: false,
      stopReason: null,
    });
    const [completed] = projectRuns(new Map([["r1", run]]), [final, cut] as never);
    assert.equal(completed?.status, "completed");
    assert.equal(completed?.error, null);
    const [interrupted] = projectRuns(new Map([["r1", run]]), [cut] as never);
    assert.equal(interrupted?.status, "interrupted");
    const [healed] = projectRuns(new Map([["r1", interrupted!]]), [{ ...final, cursor: 3, ts: 3 }] as never);
    assert.equal(healed?.status, "completed");
    assert.equal(healed?.error, null);
    assert.equal(healed?.endedAt, 3);
  });
});
