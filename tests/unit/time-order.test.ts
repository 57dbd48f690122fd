import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { TimelineEvent } from "@/lib/timeline";
import { chunkItems, inTimeOrder } from "@/lib/timeline-chunks";

const base = { runId: "r", sessionKey: "agent:main:a", seq: null };
const tool = (cursor: number, ts: number, backfilled?: boolean): TimelineEvent => ({
  ...base,
  cursor,
  ts,
  kind: "tool",
  phase: "start",
  toolCallId: `call-${cursor}`,
  parentToolCallId: null,
  isError: false,
  name: "session_status",
  args: {},
  ...(backfilled ? { backfilled } : {}),
});
const end = (cursor: number, ts: number): TimelineEvent => ({
  ...base,
  cursor,
  ts,
  kind: "lifecycle",
  phase: "end",
  error: null,
  aborted: false,
  stopReason: null,
});

describe("events told in the order they happened", () => {
  // Live: a tool call, then the link drops; the run's end arrives live before the pass that
  // backfills the two tool calls made during the gap.
  const stored = [tool(1, 100), end(2, 500), tool(3, 200, true), tool(4, 300, true)];

  it("puts backfilled events back before the live events that came after them", () => {
    assert.deepEqual(
      inTimeOrder(stored).map((e) => e.cursor),
      [1, 3, 4, 2],
    );
  });

  it("keeps live order as stored, whatever their times, when nothing was backfilled", () => {
    const live = [tool(1, 300), tool(2, 100), end(3, 200)];
    assert.deepEqual(
      inTimeOrder(live).map((e) => e.cursor),
      [1, 2, 3],
    );
  });

  it("ends the run's timeline with its end, not with work recovered afterwards", () => {
    const items = chunkItems({ prev: null, own: stored, next: null }, "completed", true);
    assert.equal(items.at(-1)?.kind, "lifecycle");
  });
});
