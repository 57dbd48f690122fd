import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RunSummary } from "@/lib/runs";
import { closingEvents } from "@/server/timeline/reconcile";

const run: RunSummary = {
  runId: "r1",
  sessionKey: "agent:main:a",
  agentId: "main",
  status: "running",
  startedAt: 1,
  endedAt: null,
  updatedAt: 1,
  toolCalls: 0,
  reply: null,
  error: null,
  lastCursor: 3,
  route: null,
};

describe("closing runs whose end was missed", () => {
  it("ends a run the gateway reports finished, with its reply", () => {
    const events = closingEvents(
      run,
      { ended: true, ok: true, endedAt: 50, error: null, reply: "done" },
      false,
      99,
    );
    assert.deepEqual(
      events.map((e) => e.kind),
      ["chat", "lifecycle"],
    );
    assert.equal(events[1]?.kind === "lifecycle" && events[1].phase, "end");
    assert.equal(events[0]?.kind === "chat" && events[0].text, "done");
    assert.ok(events.every((e) => e.ts === 50));
  });

  it("fails a run the gateway reports failed, with the gateway's reason", () => {
    const [end] = closingEvents(
      run,
      { ended: true, ok: false, endedAt: 50, error: "rate limited", reply: null },
      true,
      99,
    );
    assert.equal(end?.kind === "lifecycle" && end.error, "rate limited");
  });

  it("leaves a run alone while its session is still busy", () => {
    assert.deepEqual(closingEvents(run, { ended: false }, false, 99), []);
  });

  it("marks a run the gateway no longer knows in an idle session as ended with an unknown outcome", () => {
    const [end] = closingEvents(run, { ended: false }, true, 99);
    assert.equal(end?.kind === "lifecycle" && end.phase, "error");
    assert.match(end?.kind === "lifecycle" ? (end.error ?? "") : "", /no longer knows/);
  });

  it("uses stable keys, so a second pass stores nothing new", () => {
    const a = closingEvents(run, { ended: false }, true, 1).map((e) => e.dedupeKey);
    const b = closingEvents(run, { ended: false }, true, 2).map((e) => e.dedupeKey);
    assert.deepEqual(a, b);
  });
});
