import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import type { Store } from "@/server/store/store";
import { createIngest } from "@/server/timeline/ingest";

const draft = (i: number): DraftEvent =>
  ({
    kind: "status",
    dedupeKey: `s${i}`,
    runId: "r",
    sessionKey: "agent:main:s",
    seq: i,
    ts: i,
    phase: "x",
  }) as DraftEvent;

describe("ingest batches", () => {
  it("gives a slow store bigger batches rather than a queue of small ones, and loses nothing", async () => {
    const batches: number[] = [];
    let cursor = 0;
    const store = {
      async commitBatch(drafts: readonly DraftEvent[]) {
        batches.push(drafts.length);
        await new Promise((r) => setTimeout(r, 40));
        return { events: drafts.map((d) => ({ ...d, cursor: ++cursor }) as TimelineEvent), runs: [] };
      },
    } as unknown as Store;
    const published: TimelineEvent[] = [];
    const ingest = createIngest({
      store,
      publish: { events: (e) => published.push(...e), runs: () => {}, sessions: () => {} },
      handoffs: { apply: async () => [] },
      log: () => {},
    });
    for (let i = 0; i < 60; i++) {
      ingest.pushDrafts([draft(i)]);
      await new Promise((r) => setTimeout(r, 5));
    }
    await ingest.flush();
    assert.equal(published.length, 60);
    assert.ok(batches.length < 30, `${batches.length} batches: ${batches.join(", ")}`);
  });
});
