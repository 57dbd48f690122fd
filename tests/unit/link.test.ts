import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { deriveHop } from "@/server/timeline/derive-hop";
import { createLinkState, linkEvent, targetRunOf } from "@/server/timeline/link";
import { projectRuns } from "@/server/timeline/project-run";
import { loadRecordedFrames, HANDOFF_FIXTURE } from "../support/fixture-frames";
import { storedEvents } from "../support/stored-events";

const A_RUN = "e2e-e380487d-dc3a-485c-984a-8010428f2db7";
const B_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";
const ANNOUNCE_RUN = "a579bec1-8ed8-4b41-81f0-1aac49da42cc";

/** Feeds events one by one, as batches of one, and derives every hop at the end. */
function link(events: TimelineEvent[]): { hops: Hop[]; states: string[] } {
  const state = createLinkState();
  const runs = new Map<string, RunSummary>();
  const states: string[] = [];
  for (const event of events) {
    for (const run of projectRuns(runs, [event])) runs.set(run.runId, run);
    for (const id of linkEvent(state, event)) {
      const facts = state.hops.get(id)!;
      states.push(deriveHop(facts, runs.get(targetRunOf(facts) ?? "") ?? null).state);
    }
  }
  const hops = [...state.hops.values()].map((f) => deriveHop(f, runs.get(targetRunOf(f) ?? "") ?? null));
  return { hops, states };
}

describe("linking the recorded A → B handoff into a hop", () => {
  const events = storedEvents(loadRecordedFrames(HANDOFF_FIXTURE));
  const { hops, states } = link(events);
  const hop = hops[0]!;

  it("finds exactly one hop, from A's run to session B", () => {
    assert.equal(hops.length, 1);
    assert.equal(hop.callerRunId, A_RUN);
    assert.equal(hop.targetSessionKey, "agent:main:e2e-b");
    assert.equal(hop.kind, "send");
    assert.equal(hop.waitSeconds, 60);
  });

  it("links B's run provisionally from the inbound message, then confirms it by the tool result", () => {
    assert.equal(hop.targetRunId, B_RUN);
    assert.equal(hop.link, "confirmed");
  });

  it("walks the receipt forward: sent, started (B began before its message landed), replied", () => {
    assert.deepEqual(states, ["sent", "started", "replied", "replied"]);
  });

  it("timestamps each step in the order they happened", () => {
    const t = hop.timestamps;
    assert.ok(
      t.sentAt <= t.deliveredAt! && t.deliveredAt! <= t.startedAt! + 1000 && t.startedAt! <= t.endedAt!,
    );
    assert.ok(t.repliedAt !== null);
    assert.equal(t.callerReleasedAt, null);
  });

  it("links A's announce turn back to the hop as the reply run", () => {
    assert.equal(hop.replyRunId, ANNOUNCE_RUN);
    assert.equal(hop.callerStatus, "ok");
  });

  it("reaches the same hop when B's events arrive before A's tool call is seen", () => {
    const bFirst = [...events.filter((e) => e.runId === B_RUN), ...events.filter((e) => e.runId !== B_RUN)];
    const [other] = link(bFirst).hops;
    assert.equal(other?.targetRunId, B_RUN);
    assert.equal(other?.state, "replied");
  });
});

describe("receipts from synthetic tool results", () => {
  const base = { sessionKey: "agent:main:a", seq: null, cursor: 1, parentToolCallId: null, isError: false };
  const start = (args: Record<string, unknown>): TimelineEvent => ({
    ...base,
    kind: "tool",
    runId: "ra",
    ts: 100,
    phase: "start",
    name: "sessions_send",
    toolCallId: "c1",
    args,
  });
  const result = (details: Record<string, unknown>, isError = false): TimelineEvent => ({
    ...base,
    kind: "tool",
    runId: "ra",
    ts: 200,
    phase: "result",
    name: "sessions_send",
    toolCallId: "c1",
    isError,
    result: { details },
  });

  it("rejects a send to a missing session with the gateway's reason", () => {
    const { hops } = link([
      start({ sessionKey: "agent:main:ghost", message: "hi" }),
      result({ runId: "tmp", status: "error", error: "No session found: agent:main:ghost" }, true),
    ]);
    assert.equal(hops[0]?.state, "rejected");
    assert.equal(hops[0]?.error, "No session found: agent:main:ghost");
    assert.equal(hops[0]?.targetRunId, null);
  });

  it("shows a caller that stopped waiting while the target runs as released, not failed", () => {
    const targetStart: TimelineEvent = {
      ...base,
      cursor: 3,
      kind: "lifecycle",
      runId: "rb",
      sessionKey: "agent:main:b",
      ts: 150,
      phase: "start",
      error: null,
      aborted: false,
      stopReason: null,
    };
    const released = link([
      start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 2 }),
      targetStart,
      result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
    ]);
    assert.equal(released.hops[0]?.state, "caller_released");
    assert.equal(released.hops[0]?.timestamps.callerReleasedAt, 200);
    const targetEnd: TimelineEvent = { ...targetStart, cursor: 4, ts: 900, phase: "end" };
    const later = link([
      start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 2 }),
      targetStart,
      result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
      targetEnd,
    ]);
    assert.equal(later.hops[0]?.state, "completed");
    assert.equal(later.hops[0]?.timestamps.callerReleasedAt, 200);
  });

  it("treats a fire-and-forget send like any other: released at once, completed when the target ends", () => {
    const { hops } = link([
      start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 0 }),
      result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
    ]);
    assert.equal(hops[0]?.waitSeconds, 0);
    assert.equal(hops[0]?.state, "caller_released");
  });

  it("ignores the tool_call wrapper and links the inner sessions_send", () => {
    const outer: TimelineEvent = {
      ...base,
      kind: "tool",
      runId: "ra",
      ts: 90,
      phase: "start",
      name: "tool_call",
      toolCallId: "c0",
      args: { id: "sessions_send" },
    };
    const inner: TimelineEvent = {
      ...start({ sessionKey: "agent:main:b", message: "x" }),
      parentToolCallId: "c0",
    } as TimelineEvent;
    const { hops } = link([outer, inner]);
    assert.equal(hops.length, 1);
    assert.equal(hops[0]?.toolCallId, "c1");
  });
});
