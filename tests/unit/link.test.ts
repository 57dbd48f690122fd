import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import { normalizeToolCall } from "@/server/timeline/normalize-parts";
import { loadRecordedFrames, HANDOFF_FIXTURE } from "../support/fixture-frames";
import { linkEvents } from "../support/link-events";
import { storedEvents } from "../support/stored-events";

const A_RUN = "e2e-e380487d-dc3a-485c-984a-8010428f2db7";
const B_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";
const ANNOUNCE_RUN = "a579bec1-8ed8-4b41-81f0-1aac49da42cc";

/** B's run "rb" starting, after A sent to B. */
const TARGET_START: TimelineEvent = {
  cursor: 1000,
  seq: null,
  kind: "lifecycle",
  runId: "rb",
  sessionKey: "agent:main:b",
  ts: 150,
  phase: "start",
  error: null,
  aborted: false,
  stopReason: null,
};

describe("linking the recorded A → B handoff into a hop", () => {
  const events = storedEvents(loadRecordedFrames(HANDOFF_FIXTURE));
  const linked = linkEvents(events);
  const { hops } = linked;
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

  it("walks the receipt forward: sent, accepted by B (delivered), started, completed, replied", () => {
    assert.deepEqual(linked.states(hop), ["sent", "delivered", "started", "completed", "replied"]);
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
    const [other] = linkEvents(bFirst).hops;
    assert.equal(other?.targetRunId, B_RUN);
    assert.equal(other?.state, "replied");
  });
});

describe("receipts from synthetic tool results", () => {
  const base = { sessionKey: "agent:main:a", seq: null, runId: "ra" };
  let cursor = 0;
  /** Tool calls go through the same plain-value normalizer as live frames and history rows. */
  const stored = (drafts: DraftEvent[]): TimelineEvent[] =>
    drafts.map(({ dedupeKey: _key, ...e }) => ({ ...e, cursor: ++cursor }) as TimelineEvent);
  const call = (
    name: string,
    toolCallId: string,
    args: Record<string, unknown>,
    parent: string | null = null,
  ) =>
    stored(
      normalizeToolCall(
        { ...base, ts: 100 },
        { phase: "start", name, toolCallId, parentToolCallId: parent, args, isError: false },
        "",
      ),
    );
  const start = (args: Record<string, unknown>) => call("sessions_send", "c1", args);
  const result = (details: Record<string, unknown>, isError = false) =>
    stored(
      normalizeToolCall(
        { ...base, ts: 200 },
        {
          phase: "result",
          name: "sessions_send",
          toolCallId: "c1",
          parentToolCallId: null,
          result: { details },
          isError,
        },
        "",
      ),
    );

  it("rejects a send to a missing session with the gateway's reason", () => {
    const { hops } = linkEvents([
      ...start({ sessionKey: "agent:main:ghost", message: "hi" }),
      ...result({ runId: "tmp", status: "error", error: "No session found: agent:main:ghost" }, true),
    ]);
    assert.equal(hops[0]?.state, "rejected");
    assert.equal(hops[0]?.error, "No session found: agent:main:ghost");
    assert.equal(hops[0]?.targetRunId, null);
    assert.equal(hops[0]?.targetSessionKey, "agent:main:ghost");
  });

  it("shows a caller that stopped waiting while the target runs as released, not failed", () => {
    const released = linkEvents([
      ...start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 2 }),
      TARGET_START,
      ...result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
    ]);
    assert.equal(released.hops[0]?.state, "caller_released");
    assert.equal(released.hops[0]?.timestamps.callerReleasedAt, 200);
    const targetEnd: TimelineEvent = { ...TARGET_START, cursor: 1001, ts: 900, phase: "end" };
    const later = linkEvents([
      ...start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 2 }),
      TARGET_START,
      ...result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
      targetEnd,
    ]);
    assert.equal(later.hops[0]?.state, "completed");
    assert.equal(later.hops[0]?.timestamps.callerReleasedAt, 200);
  });

  it("fails a hop whose target run the gateway lost in a restart, with when", () => {
    const lost: TimelineEvent = {
      ...TARGET_START,
      cursor: 1001,
      ts: 700,
      phase: "interrupted",
      error: "the gateway restarted at 04:55:01 UTC",
    };
    const { hops } = linkEvents([
      ...start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 0 }),
      TARGET_START,
      ...result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
      lost,
    ]);
    assert.equal(hops[0]?.state, "failed");
    assert.equal(hops[0]?.error, "the gateway restarted at 04:55:01 UTC");
    assert.equal(hops[0]?.timestamps.endedAt, 700);
  });

  it("treats a fire-and-forget send like any other: released at once, completed when the target ends", () => {
    const { hops } = linkEvents([
      ...start({ sessionKey: "agent:main:b", message: "x", timeoutSeconds: 0 }),
      ...result({ runId: "rb", status: "accepted", sessionKey: "agent:main:b" }),
    ]);
    assert.equal(hops[0]?.waitSeconds, 0);
    assert.equal(hops[0]?.state, "caller_released");
  });

  it("ignores the tool_call wrapper and links the inner sessions_send", () => {
    const outer = call("tool_call", "c0", { id: "sessions_send" });
    const inner = call("sessions_send", "c1", { sessionKey: "agent:main:b", message: "x" }, "c0");
    const { hops } = linkEvents([...outer, ...inner]);
    assert.equal(hops.length, 1);
    assert.equal(hops[0]?.toolCallId, "c1");
  });

  it("keeps a label apart from the session it resolved to, and resolves an unknown one to none", () => {
    const byLabel = linkEvents([
      ...start({ label: "sb-x", message: "x", timeoutSeconds: 5 }),
      ...result({ runId: "tmp", status: "error", error: "No session found with label: sb-x" }, true),
    ]).hops[0]!;
    assert.deepEqual(
      [byLabel.targetLabel, byLabel.targetSessionKey, byLabel.state],
      ["sb-x", null, "rejected"],
    );
    const resolved = linkEvents([
      ...start({ label: "sb-y", message: "x", timeoutSeconds: 5 }),
      ...result({ runId: "rb", status: "ok", sessionKey: "agent:main:y", reply: "hi" }),
    ]).hops[0]!;
    assert.deepEqual([resolved.targetLabel, resolved.targetSessionKey], ["sb-y", "agent:main:y"]);
  });
});

describe("the same message delivered twice into the target (a gateway retry)", () => {
  const events = storedEvents(loadRecordedFrames(HANDOFF_FIXTURE));
  const inbound = events.find(
    (e) => e.kind === "handoff" && e.fact.type === "inbound" && e.sessionKey === "agent:main:e2e-b",
  )!;
  const last = Math.max(...events.map((e) => e.cursor));
  const again = { ...inbound, cursor: last + 1, ts: inbound.ts + 1500 };

  it("flags the hop with the repeated landing, not a second hop", () => {
    const { hops } = linkEvents([...events, again]);
    assert.equal(hops.length, 1);
    assert.deepEqual(hops[0]!.duplicateDeliveries, [inbound.ts + 1500]);
  });

  it("does not flag the same landing seen twice", () => {
    const { hops } = linkEvents([...events, { ...inbound, cursor: last + 1 }]);
    assert.deepEqual(hops[0]!.duplicateDeliveries, []);
  });
});
