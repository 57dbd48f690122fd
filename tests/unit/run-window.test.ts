import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { appendLive, EMPTY_WINDOW, evictFar, placeTail, placeWindow } from "@/lib/run-window";
import type { TimelineEvent } from "@/lib/timeline";
import { chunkEvents } from "@/lib/timeline-chunks";
import { findOfHash, TIMELINE_CHUNK, TIMELINE_TAIL } from "@/lib/timeline-window";
import { buildTimelineItems } from "@/lib/timeline-view";

const C = TIMELINE_CHUNK;
const status = (cursor: number): TimelineEvent => ({
  cursor,
  runId: "r",
  sessionKey: "s",
  seq: cursor,
  ts: cursor,
  kind: "status",
  phase: "x",
});
const range = (from: number, n: number) => Array.from({ length: n }, (_, i) => status(from + i));

describe("a window over a huge run's events", () => {
  it("resumes from the run's tail after missing many events: whole chunks kept, the short old tail read again", () => {
    // Chunks 0 and 1 whole, chunk 2 the run's tail when the browser lost its connection.
    const before = placeWindow(EMPTY_WINDOW, {
      total: 2 * C + 50,
      lastCursor: 2 * C + 50,
      offset: 0,
      events: range(1, 2 * C + 50),
    });
    assert.deepEqual([...before.chunks.keys()], [0, 1, 2]);
    const total = 25 * C;
    const after = placeTail(before, {
      total,
      lastCursor: total,
      offset: total - TIMELINE_TAIL,
      events: range(total - TIMELINE_TAIL + 1, TIMELINE_TAIL),
    });
    assert.deepEqual([...after.chunks.keys()], [0, 1, 23, 24], "chunk 2 held 50 of its 200 events: dropped");
    assert.equal(after.total, total);
    assert.equal(after.lastCursor, total);
    assert.equal(after.chunks.get(24)!.at(-1)!.cursor, total);
    const live = appendLive(after, [status(total + 1)]);
    assert.deepEqual([...live.chunks.keys()], [0, 1, 23, 24, 25], "live events go on after the tail");
  });

  it("keeps only whole chunks of a fetched window and knows the run's size and newest cursor", () => {
    const tail = placeWindow(EMPTY_WINDOW, {
      total: 5 * C + 10,
      lastCursor: 5 * C + 10,
      offset: 3 * C + 10,
      events: range(3 * C + 11, 2 * C),
    });
    assert.deepEqual([...tail.chunks.keys()], [4, 5]);
    assert.equal(tail.chunks.get(5)!.length, 10);
    assert.equal(tail.total, 5 * C + 10);
    assert.equal(tail.lastCursor, 5 * C + 10);
  });

  it("adds live events to the tail chunk it holds and only counts them when it does not", () => {
    const held = placeWindow(EMPTY_WINDOW, {
      total: C + 1,
      lastCursor: C + 1,
      offset: C,
      events: range(C + 1, 1),
    });
    const grown = appendLive(held, [...range(C + 2, C), status(C + 1)]);
    assert.equal(grown.total, 2 * C + 1);
    assert.equal(grown.chunks.get(1)!.length, C);
    assert.deepEqual(
      grown.chunks.get(2)!.map((e) => e.cursor),
      [2 * C + 1],
    );
    const start = placeWindow(EMPTY_WINDOW, {
      total: 3 * C,
      lastCursor: 3 * C,
      offset: 0,
      events: range(1, C),
    });
    // Opened at its start, the window still knows the newest cursor: a replay of the run adds nothing.
    assert.equal(appendLive(start, range(1, 3 * C)), start);
    const counted = appendLive(start, range(3 * C + 1, 5));
    assert.deepEqual([...counted.chunks.keys()], [0]);
    assert.equal(counted.total, 3 * C + 5);
  });

  it("forgets the chunks farthest from the reader", () => {
    let state = EMPTY_WINDOW;
    for (let k = 0; k < 10; k++)
      state = placeWindow(state, {
        total: 10 * C,
        lastCursor: 10 * C,
        offset: k * C,
        events: range(k * C + 1, C),
      });
    assert.deepEqual([...evictFar(state, 8, 3).chunks.keys()].sort(), [7, 8, 9]);
  });

  it("shows a tool call that straddles two chunks once, whole, in the chunk where it starts", () => {
    const tool = (cursor: number, phase: "start" | "result"): TimelineEvent => ({
      ...status(cursor),
      kind: "tool",
      phase,
      name: "exec",
      toolCallId: "t1",
      parentToolCallId: null,
      isError: false,
      ...(phase === "result" ? { result: "ok" } : { args: { cmd: "ls" } }),
    });
    const first = [status(1), tool(2, "start")];
    const second = [tool(3, "result"), status(4)];
    const firstItems = buildTimelineItems(chunkEvents(null, first, second), "completed", true);
    const tools = firstItems.filter((i) => i.kind === "tool");
    assert.deepEqual(
      tools.map((t) => t.kind === "tool" && [t.phase, t.result]),
      [["done", "ok"]],
    );
    const secondItems = buildTimelineItems(chunkEvents(first, second, null), "completed");
    assert.deepEqual(
      secondItems.map((i) => i.kind),
      ["quiet"],
    );
  });

  it("reads a deep link's hash as an event seq or a tool call", () => {
    assert.deepEqual(findOfHash("#event-42"), { seq: 42 });
    assert.deepEqual(findOfHash("#tool-call%3A1"), { toolCallId: "call:1" });
    assert.equal(findOfHash("#elsewhere"), null);
  });
});
