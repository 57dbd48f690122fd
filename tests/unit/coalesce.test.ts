import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { createDeltaCoalescer } from "@/server/timeline/coalesce";
import { normalizeFrame } from "@/server/timeline/normalize";
import { HANDOFF_FIXTURE, loadRecordedFrames } from "../support/fixture-frames";

const drafts = loadRecordedFrames(HANDOFF_FIXTURE).flatMap(normalizeFrame);
const of = (events: DraftEvent[], kind: DraftEvent["kind"]) => events.filter((e) => e.kind === kind);
const lastText = (events: DraftEvent[], runId: string) => {
  const last = events.filter((e) => e.kind === "assistant" && e.runId === runId).at(-1);
  return last?.kind === "assistant" ? last.text : undefined;
};

describe("coalescing assistant deltas before they are stored", () => {
  it("drops the chat delta that repeats an assistant step, keeps finals and every other event", () => {
    const kept = createDeltaCoalescer()(drafts.map((d) => d));
    const repeated = of(drafts, "chat").filter((c) => c.kind === "chat" && c.state === "delta");
    assert.ok(repeated.length > 0, "the recording has chat deltas");
    assert.deepEqual(
      of(kept, "chat").filter((c) => c.kind === "chat" && c.state === "delta"),
      [],
    );
    assert.deepEqual(
      of(kept, "chat").map((c) => c.dedupeKey),
      of(drafts, "chat")
        .filter((c) => c.kind === "chat" && c.state !== "delta")
        .map((c) => c.dedupeKey),
    );
    for (const kind of ["lifecycle", "tool", "message", "handoff"] as const)
      assert.deepEqual(of(kept, kind), of(drafts, kind), kind);
  });

  it("joins one run's consecutive deltas of a block into one step with the whole text", () => {
    const kept = createDeltaCoalescer()(drafts);
    const runs = new Set(of(drafts, "assistant").map((e) => e.runId));
    assert.ok(of(kept, "assistant").length < of(drafts, "assistant").length);
    for (const runId of runs) assert.deepEqual(lastText(kept, runId), lastText(drafts, runId));
  });

  it("remembers the assistant seq across batches, one frame at a time", () => {
    const coalesce = createDeltaCoalescer();
    const kept = drafts.flatMap((d) => coalesce([d]));
    assert.deepEqual(
      kept.filter((c) => c.kind === "chat" && c.state === "delta"),
      [],
    );
    assert.equal(of(kept, "assistant").length, of(drafts, "assistant").length);
  });
});
