import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { createHeldWrites } from "@/server/timeline/held-writes";

const event = (ts: number): DraftEvent => ({
  kind: "status",
  dedupeKey: `s:${ts}`,
  runId: "r",
  sessionKey: "s",
  seq: null,
  ts,
  phase: "x",
});

describe("holding writes the store refused", () => {
  it("keeps them in order and hands them back once", () => {
    const held = createHeldWrites(10);
    held.hold([event(1), event(2)], []);
    held.hold([event(3)], []);
    assert.deepEqual(
      held.take().events.map((e) => e.ts),
      [1, 2, 3],
    );
    assert.equal(held.size(), 0);
    assert.equal(held.takeDropped(), null);
  });

  it("stays bounded: the oldest are dropped and where the drop began is told once", () => {
    const held = createHeldWrites(2);
    held.hold([event(5), event(6), event(7)], []);
    held.hold([event(8)], []);
    assert.equal(held.size(), 2);
    assert.deepEqual(
      held.take().events.map((e) => e.ts),
      [7, 8],
    );
    assert.equal(held.takeDropped(), 5);
    assert.equal(held.takeDropped(), null);
  });
});
