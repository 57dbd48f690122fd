import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { describe, it } from "node:test";
import { isDeepStrictEqual } from "node:util";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import { projectRuns } from "@/server/timeline/project-run";

const RUN = "r-long";
const S = "agent:main:writer";
const WORDS = "the quick brown fox jumps over the lazy dog ".split(" ");

/** A streamed reply of `n` steps, each carrying its delta and the whole text so far, as the gateway sends them. */
function reply(n: number, itemId = "item-1", firstSeq = 0): DraftEvent[] {
  let text = "";
  return Array.from({ length: n }, (_, i) => {
    const delta = `${WORDS[i % WORDS.length]} `;
    const seq = firstSeq + i;
    text += delta;
    return {
      kind: "assistant",
      dedupeKey: `assistant:${RUN}:${seq}`,
      runId: RUN,
      sessionKey: S,
      seq,
      ts: 1_800_000_000_000 + seq,
      itemId,
      text,
      delta,
    };
  });
}

async function readAll(store: ReturnType<typeof createSqliteStore>, after: number, limit: number) {
  const events: TimelineEvent[] = [];
  for (let cursor: number | null = after; cursor !== null;) {
    const page = await store.listEvents(RUN, cursor, limit);
    events.push(...page.events);
    cursor = page.nextAfter;
  }
  return events;
}

describe("the store keeps one copy of a streamed reply", () => {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-compaction-"));
  const file = join(dir, "store.db");
  const drafts = [...reply(600), ...reply(40, "item-2", 600)];
  const big = "result line\n".repeat(2000);

  it("reads back every step's whole text, from the start or from any cursor", async () => {
    const store = createSqliteStore({ file });
    const tool: DraftEvent = {
      kind: "tool",
      dedupeKey: "tool:big",
      runId: RUN,
      sessionKey: S,
      seq: 999,
      ts: 1_800_000_001_000,
      phase: "result",
      name: "exec",
      toolCallId: "c1",
      parentToolCallId: null,
      args: null,
      result: big,
      isError: false,
    } as DraftEvent;
    for (let i = 0; i < drafts.length; i += 97) await store.commitBatch(drafts.slice(i, i + 97), projectRuns);
    await store.commitBatch([tool], projectRuns);
    const all = await readAll(store, 0, 50);
    const texts = all.filter((e) => e.kind === "assistant").map((e) => e.text);
    const expected = drafts.map((d) => (d as { text: string }).text);
    assert.equal(texts.length, expected.length);
    assert.equal(
      texts.findIndex((text, i) => text !== expected[i]),
      -1,
      "the first step read back with another text",
    );
    assert.equal((all.at(-1) as { result: unknown }).result, big);
    // A page that starts in the middle of a chain of deltas.
    const middle = all[333]!.cursor;
    const tail = await readAll(store, middle, 7);
    assert.ok(tail.length === all.length - 334 && tail.every((e, i) => isDeepStrictEqual(e, all[334 + i])));
    await store.close();
  });

  it("stores deltas rather than the growing text, and large payloads deflated", () => {
    const db = new DatabaseSync(file);
    const rows = db.prepare("SELECT body FROM events").all() as { body: string | Uint8Array }[];
    db.close();
    rmSync(dir, { recursive: true, force: true });
    const stored = rows.reduce(
      (sum, r) => sum + (typeof r.body === "string" ? r.body.length : r.body.byteLength),
      0,
    );
    const naive = drafts.reduce((sum, d) => sum + JSON.stringify(d).length, 0) + big.length;
    assert.ok(stored * 10 < naive, `stored ${stored} B of ${naive} B`);
    assert.ok(
      rows.some((r) => r.body instanceof Uint8Array),
      "the large tool result is deflated",
    );
  });
});
