import { join } from "node:path";
import { loadRecordedFrames } from "../tests/support/fixture-frames";

/**
 * Gateway frames built from a real recording (the cold A → B handoff): its lifecycle start
 * and end, an `agent` assistant step with the `chat` delta of the same seq (cumulative
 * message), a tool start and result (session_status: a handoff tool would make every call a hop), a
 * chat final. A run repeats "8 text steps, one tool
 * call" with fresh seqs, tool call ids and text blocks, as a long coding run does.
 */
const recorded = loadRecordedFrames(
  join(import.meta.dirname, "..", "tests", "fixtures", "openclaw-2026.9.6-handoff-a-to-b.jsonl"),
);

type Payload = Record<string, unknown> & { data?: Record<string, unknown> };
const payloadOf = (pick: (p: Payload, event: string) => boolean): Payload => {
  const frame = recorded.find((f) => pick(f.payload as Payload, f.event));
  if (!frame) throw new Error("the recording lacks a frame the load generator copies");
  return frame.payload as Payload;
};
const T = {
  start: payloadOf((p, e) => e === "agent" && p.stream === "lifecycle" && p.data?.phase === "start"),
  end: payloadOf((p, e) => e === "agent" && p.stream === "lifecycle" && p.data?.phase === "end"),
  assistant: payloadOf((p, e) => e === "agent" && p.stream === "assistant"),
  chatDelta: payloadOf((p, e) => e === "chat" && p.state === "delta"),
  chatFinal: payloadOf((p, e) => e === "chat" && p.state === "final" && p.message !== undefined),
  toolStart: payloadOf(
    (p, e) =>
      e === "session.tool" &&
      p.stream === "tool" &&
      p.data?.phase === "start" &&
      p.data.name === "session_status",
  ),
  toolResult: payloadOf(
    (p, e) =>
      e === "session.tool" &&
      p.stream === "tool" &&
      p.data?.phase === "result" &&
      p.data.name === "session_status",
  ),
};
const DELTA = String(T.assistant.data?.delta ?? "some text ");

export interface BenchFrame {
  event: "agent" | "chat" | "session.tool";
  payload: Payload;
}

/** The frames of one run of `count` gateway events (at least 6), in order. */
export function* runFrames(
  runId: string,
  sessionKey: string,
  count: number,
  textSteps = 8,
): Generator<BenchFrame> {
  let seq = 0;
  let sent = 0;
  let text = "";
  const frame = (event: BenchFrame["event"], t: Payload, extra: Payload, data?: Record<string, unknown>) => {
    sent++;
    return {
      event,
      payload: {
        ...t,
        ...extra,
        runId,
        sessionKey,
        seq,
        ts: 0,
        ...(data ? { data: { ...t.data, ...data } } : {}),
      },
    };
  };
  /** Frames left before the closing chat final and lifecycle end. */
  const room = () => count - 2 - sent;
  seq++;
  yield frame("agent", T.start, {}, {});
  for (let turn = 0; room() >= 2; turn++) {
    text = "";
    for (let step = 0; step < textSteps && room() >= 4; step++) {
      text += DELTA;
      seq++;
      yield frame("agent", T.assistant, {}, { text, delta: DELTA, itemId: `item-${turn}` });
      yield frame("chat", T.chatDelta, {
        deltaText: DELTA,
        message: { role: "assistant", content: [{ type: "text", text }], timestamp: 0 },
      });
    }
    seq++;
    yield frame("session.tool", T.toolStart, {}, { toolCallId: `call-${turn}` });
    seq++;
    yield frame("session.tool", T.toolResult, {}, { toolCallId: `call-${turn}` });
  }
  seq++;
  yield frame("chat", T.chatFinal, { message: { role: "assistant", content: [{ type: "text", text }] } });
  seq++;
  yield frame("agent", T.end, {}, {});
}

/** `runs` runs of `perRun` events each, interleaved one frame at a time as a busy gateway sends them. */
export function* interleaved(
  prefix: string,
  runs: number,
  perRun: number,
  textSteps = 8,
): Generator<BenchFrame> {
  const sources = Array.from({ length: runs }, (_, r) =>
    runFrames(`${prefix}-${r}`, `agent:bench:s${r}`, perRun, textSteps),
  );
  let live = sources.length;
  while (live > 0) {
    live = 0;
    for (const source of sources) {
      const next = source.next();
      if (next.done) continue;
      live++;
      yield next.value;
    }
  }
}

let gatewaySeq = 0;
/** The frame as the gateway writes it on the wire, stamped with the send time. */
export function wire(frame: BenchFrame, now = Date.now()): string {
  return JSON.stringify({
    type: "event",
    event: frame.event,
    payload: { ...frame.payload, ts: now },
    seq: ++gatewaySeq,
  });
}
