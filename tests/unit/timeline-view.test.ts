import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TimelineEvent, TimelineEventOf } from "@/lib/timeline";
import { buildTimelineItems, type TextItem, type ToolItem } from "@/lib/timeline-view";

let cursor = 0;
const base = () => ({
  cursor: ++cursor,
  runId: "r1",
  sessionKey: "agent:main:b",
  seq: cursor,
  ts: 1000 + cursor,
});
const lifecycle = (phase: string, extra: Partial<TimelineEventOf<"lifecycle">> = {}): TimelineEvent => ({
  ...base(),
  kind: "lifecycle",
  phase,
  error: null,
  aborted: false,
  stopReason: null,
  ...extra,
});
const tool = (
  phase: "start" | "update" | "result",
  extra: Partial<TimelineEventOf<"tool">> = {},
): TimelineEvent => ({
  ...base(),
  kind: "tool",
  phase,
  name: "sessions_send",
  toolCallId: "t1",
  parentToolCallId: null,
  isError: false,
  ...extra,
});
const assistant = (text: string, itemId: string | null = "i1", delta = ""): TimelineEvent => ({
  ...base(),
  kind: "assistant",
  itemId,
  text,
  delta,
});
const chat = (
  state: TimelineEventOf<"chat">["state"],
  text: string | null,
  extra: Partial<TimelineEventOf<"chat">> = {},
): TimelineEvent => ({
  ...base(),
  kind: "chat",
  state,
  text,
  stopReason: null,
  error: null,
  ...extra,
});
const message = (
  role: string,
  text: string,
  provenance: TimelineEventOf<"message">["provenance"] = null,
): TimelineEvent => ({
  ...base(),
  kind: "message",
  role,
  text,
  messageId: null,
  provenance,
});

const kinds = (items: { kind: string }[]) => items.map((i) => i.kind);

describe("buildTimelineItems", () => {
  it("folds a tool call's start and result into one card, running until the result", () => {
    const start = tool("start", { args: { sessionKey: "agent:main:a", message: "hi" } });
    const running = buildTimelineItems([start], "running");
    assert.equal(running.length, 1);
    assert.equal((running[0] as ToolItem).phase, "running");
    assert.deepEqual((running[0] as ToolItem).args, { sessionKey: "agent:main:a", message: "hi" });

    const result = tool("result", { result: { content: [{ type: "text", text: "sent" }] } });
    const done = buildTimelineItems([start, result], "running")[0] as ToolItem;
    assert.equal(done.phase, "done");
    assert.equal(done.endedAt, result.ts);
    assert.deepEqual(done.result, { content: [{ type: "text", text: "sent" }] });
  });

  it("shows partial results while running and marks error results", () => {
    const partial = buildTimelineItems(
      [tool("start"), tool("update", { result: "half" })],
      "running",
    )[0] as ToolItem;
    assert.equal(partial.result, "half");
    assert.equal(partial.phase, "running");
    const failed = buildTimelineItems(
      [tool("start"), tool("result", { result: "boom", isError: true })],
      "running",
    );
    assert.equal((failed[0] as ToolItem).phase, "error");
  });

  it("marks a call the run never answered as interrupted once the run is over", () => {
    const item = buildTimelineItems([tool("start")], "aborted")[0] as ToolItem;
    assert.equal(item.phase, "error");
    assert.equal(item.interrupted, true);
  });

  it("streams assistant text of one item id in place, with the latest cumulative text", () => {
    const events = [assistant("Hel"), assistant("Hello"), assistant("Hello there")];
    const items = buildTimelineItems(events, "running");
    assert.equal(items.length, 1);
    const text = items[0] as TextItem;
    assert.equal(text.text, "Hello there");
    assert.equal(text.streaming, true);
    assert.equal(
      text.key,
      buildTimelineItems(events.slice(0, 1), "running")[0]!.key,
      "the block keeps its key as it grows",
    );
  });

  it("builds text from deltas when the cumulative text is missing", () => {
    const items = buildTimelineItems([assistant("", "i9", "Hel"), assistant("", "i9", "lo")], "running");
    assert.equal((items[0] as TextItem).text, "Hello");
  });

  it("starts a new block after a tool call when text has no item id", () => {
    const items = buildTimelineItems(
      [assistant("Looking", null), tool("start"), tool("result", { result: "ok" }), assistant("Done", null)],
      "running",
    );
    assert.deepEqual(kinds(items), ["text", "tool", "text"]);
    assert.equal((items[0] as TextItem).streaming, false);
    assert.equal((items[2] as TextItem).streaming, true);
  });

  it("turns the streamed text into the final reply when chat final repeats it", () => {
    const items = buildTimelineItems(
      [lifecycle("start"), assistant("All done."), chat("final", "All done."), lifecycle("end")],
      "completed",
    );
    assert.deepEqual(kinds(items), ["lifecycle", "text", "lifecycle"]);
    const text = items[1] as TextItem;
    assert.equal(text.final, true);
    assert.equal(text.streaming, false);
  });

  it("adds the final reply as its own block when it differs from the streamed text", () => {
    const items = buildTimelineItems([assistant("thinking"), chat("final", "The answer")], "completed");
    assert.deepEqual(
      items.map((i) => (i.kind === "text" ? [i.text, i.final] : null)),
      [
        ["thinking", false],
        ["The answer", true],
      ],
    );
  });

  it("marks the last text final for a completed run without a chat final", () => {
    const items = buildTimelineItems([assistant("Only text")], "completed");
    assert.equal((items[0] as TextItem).final, true);
  });

  it("uses chat deltas as the stream only when there are no assistant events", () => {
    const alone = buildTimelineItems([chat("delta", "Hi"), chat("delta", "Hi there")], "running");
    assert.deepEqual(
      alone.map((i) => (i.kind === "text" ? i.text : null)),
      ["Hi there"],
    );
    const both = buildTimelineItems([assistant("Hi"), chat("delta", "Hi")], "running");
    assert.equal(both.length, 1);
  });

  it("shows inbound messages with provenance and skips transcript rows the streams already showed", () => {
    const provenance = {
      kind: "inter_session",
      sourceSessionKey: "agent:main:a",
      sourceTool: "sessions_send",
    };
    const items = buildTimelineItems(
      [
        message("user", "ping", provenance),
        assistant("pong"),
        message("assistant", "pong"),
        tool("start"),
        message("toolResult", "x"),
      ],
      "running",
    );
    assert.deepEqual(kinds(items), ["message", "text", "tool"]);
    const [first] = items;
    assert.deepEqual(first?.kind === "message" && first.provenance, provenance);
  });

  it("shows a message with provenance as inbound whatever its role", () => {
    const provenance = {
      kind: "inter_session",
      sourceSessionKey: "agent:main:a",
      sourceTool: "sessions_send",
    };
    const items = buildTimelineItems([message("assistant", "task", provenance), assistant("ok")], "running");
    assert.deepEqual(kinds(items), ["message", "text"]);
  });

  it("uses an assistant transcript row as the text when a finished run streamed nothing", () => {
    const items = buildTimelineItems([message("assistant", "from transcript")], "completed");
    assert.deepEqual(
      items.map((i) => i.kind === "text" && [i.text, i.final]),
      [["from transcript", true]],
    );
    assert.deepEqual(buildTimelineItems([message("assistant", "[tool call: x]")], "running"), []);
  });

  it("labels lifecycle markers and shows failures in red with the reason, once", () => {
    const items = buildTimelineItems(
      [
        lifecycle("start"),
        chat("error", null, { error: "model down" }),
        lifecycle("error", { error: "model down" }),
      ],
      "failed",
    );
    assert.deepEqual(
      items.map((i) => (i.kind === "lifecycle" ? [i.label, i.reason, i.tone] : i.kind)),
      [
        ["Run started", null, "neutral"],
        ["Run failed", "model down", "error"],
      ],
    );
    const aborted = buildTimelineItems([lifecycle("end", { aborted: true, stopReason: "user" })], "aborted");
    assert.deepEqual(
      aborted.map((i) => i.kind === "lifecycle" && [i.label, i.reason, i.tone]),
      [["Run aborted", "user", "error"]],
    );
    const steps = buildTimelineItems([lifecycle("model")], "running");
    assert.deepEqual(
      steps.map((i) => i.kind === "quiet" && i.lines),
      [["lifecycle: model"]],
    );
    const differing = buildTimelineItems([chat("aborted", null, { stopReason: "timeout" })], "aborted");
    assert.deepEqual(
      differing.map((i) => i.kind === "problem" && [i.label, i.reason]),
      [["Run aborted", "timeout"]],
    );
  });

  it("folds status and usage between two pieces of content into one quiet line and keeps unknown events raw", () => {
    const items = buildTimelineItems(
      [
        { ...base(), kind: "status", phase: "thinking" },
        { ...base(), kind: "usage", inputTokens: 1200, outputTokens: 34 },
        { ...base(), kind: "unknown", event: "weird", stream: "x", payload: { a: 1 } },
      ],
      "running",
    );
    assert.deepEqual(
      items.map((i) => (i.kind === "quiet" ? i.lines : i.kind === "raw" ? [i.event, i.payload] : null)),
      [
        ["status: thinking", "usage: 1,200 in · 34 out tokens"],
        ["weird", { a: 1 }],
      ],
    );
  });

  it("keeps the caret on streaming text even when a quiet note follows it", () => {
    const items = buildTimelineItems(
      [assistant("Hi"), { ...base(), kind: "usage", inputTokens: 1, outputTokens: 1 }],
      "running",
    );
    assert.equal((items[0] as TextItem).streaming, true);
  });
});
