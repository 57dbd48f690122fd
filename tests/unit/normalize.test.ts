import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { normalizeFrame } from "@/server/timeline/normalize";
import { loadRecordedFrames, HANDOFF_FIXTURE } from "../support/fixture-frames";

const frames = loadRecordedFrames(HANDOFF_FIXTURE);
const drafts = frames.flatMap(normalizeFrame);
const A_RUN = "e2e-e380487d-dc3a-485c-984a-8010428f2db7";
const B_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";

function ofKind<K extends DraftEvent["kind"]>(kind: K): Extract<DraftEvent, { kind: K }>[] {
  return drafts.filter((d): d is Extract<DraftEvent, { kind: K }> => d.kind === kind);
}

describe("normalizing the recorded A → B handoff (openclaw 2026.9.6)", () => {
  it("turns A's sessions_send into a tool start with its arguments and a result naming B's run", () => {
    const send = ofKind("tool").filter((t) => t.name === "sessions_send");
    assert.deepEqual(
      send.map((t) => t.phase),
      ["start", "result"],
    );
    assert.equal(send[0]!.runId, A_RUN);
    assert.equal((send[0]!.args as { sessionKey: string }).sessionKey, "agent:main:e2e-b");
    assert.equal((send[1]!.result as { details: { runId: string } }).details.runId, B_RUN);
  });

  it("reads B's tool calls from session.tool, the stream for runs this connection did not start", () => {
    const status = ofKind("tool").filter((t) => t.name === "session_status");
    assert.deepEqual(
      status.map((t) => [t.runId, t.phase, t.isError]),
      [
        [B_RUN, "start", false],
        [B_RUN, "result", false],
      ],
    );
  });

  it("gives agent/tool and session.tool frames of the same call one key, so they store once", () => {
    const start = frames.find((f) => f.event === "session.tool")!;
    const asAgent = { ...start, event: "agent" };
    assert.equal(normalizeFrame(asAgent)[0]!.dedupeKey, normalizeFrame(start)[0]!.dedupeKey);
  });

  it("keeps lifecycle bounds for all three runs, including A's announce turn", () => {
    const starts = ofKind("lifecycle")
      .filter((l) => l.phase === "start")
      .map((l) => l.runId.slice(0, 8));
    assert.deepEqual(starts, ["e2e-e380", "4d981bda", "a579bec1"]);
    assert.equal(ofKind("lifecycle").filter((l) => l.phase === "end").length, 3);
  });

  it("streams assistant text cumulatively and marks the final chat reply", () => {
    const bText = ofKind("assistant")
      .filter((a) => a.runId === B_RUN)
      .map((a) => a.text);
    assert.deepEqual(bText, ["B-RESULT: the", "B-RESULT: the answer is 42."]);
    const finals = ofKind("chat").filter((c) => c.state === "final" && c.runId === B_RUN);
    assert.equal(finals[0]?.text, "B-RESULT: the answer is 42.");
  });

  it("attributes B's inbound message to B's run and keeps its inter-session provenance", () => {
    const inbound = ofKind("message").find(
      (m) => m.provenance?.kind === "inter_session" && m.sessionKey === "agent:main:e2e-b",
    );
    assert.equal(inbound?.runId, B_RUN);
    assert.equal(inbound?.provenance?.sourceSessionKey, "agent:main:e2e-a");
    assert.equal(inbound?.text, "TASK-FOR-B: please compute 6*7 and reply.");
  });

  it("folds chat status and agent run_status of the same step into one key", () => {
    const keys = ofKind("status")
      .filter((s) => s.runId === A_RUN && s.seq === 1)
      .map((s) => s.dedupeKey);
    assert.equal(new Set(keys).size, 1);
    assert.equal(keys.length, 2);
  });

  it("keeps events it does not understand as unknown, raw, instead of dropping them", () => {
    const unknown = ofKind("unknown").map((u) => u.event);
    assert.ok(unknown.includes("chat.send_timing"));
    assert.ok(unknown.includes("chat.metadata.changed"));
  });

  it("drops connection chatter (ticks, presence, the challenge) and catalog updates", () => {
    for (const event of ["connect.challenge", "presence", "tick", "sessions.changed"]) {
      assert.deepEqual(normalizeFrame({ event, payload: {}, receivedAt: 1 }), []);
    }
  });

  it("keeps a malformed known event as unknown rather than failing", () => {
    const [event] = normalizeFrame({ event: "agent", payload: { stream: 7 }, receivedAt: 5 });
    assert.equal(event?.kind, "unknown");
    assert.equal(event?.ts, 5);
  });

  it("maps every frame of a replay to the same keys", () => {
    assert.deepEqual(
      frames.flatMap(normalizeFrame).map((d) => d.dedupeKey),
      drafts.map((d) => d.dedupeKey),
    );
  });
});
