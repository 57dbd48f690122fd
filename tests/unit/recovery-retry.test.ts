import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Gap } from "@/lib/gaps";
import type { GatewayOperations } from "@/server/gateway/operations";
import { createRecovery } from "@/server/recovery/recovery";
import type { Store } from "@/server/store/store";
import type { Ingest } from "@/server/timeline/ingest";
import { until } from "../support/until";

/** A recovery whose gateway fails `failures` backfills before it answers, and what it saved and logged. */
async function recoveryAgainst(failures: number, retryDelayMs = 5) {
  const gaps: Gap[] = [];
  const log: string[] = [];
  let calls = 0;
  const store = {
    lastEventAt: async () => 100,
    saveGap: async (gap: Gap) => void gaps.push(gap),
    listOpenRuns: async () => [],
  } as unknown as Store;
  const ingest = {
    flush: async () => {},
    pushSessions: () => {},
    commit: async () => [],
  } as unknown as Ingest;
  const operations = {
    listSessions: async () => {
      calls += 1;
      if (calls <= failures) throw new Error("gateway busy");
      return [];
    },
  } as unknown as GatewayOperations;
  const recovery = await createRecovery({
    store,
    ingest,
    operations: () => operations,
    onGap: () => {},
    log: (line) => log.push(line),
    retryDelayMs,
  });
  recovery.link({ type: "subscribed", at: 500, bootId: "b1", bootedAt: 50 });
  return { recovery, gaps, log, calls: () => calls };
}

describe("a backfill the gateway fails", () => {
  it("is tried again until it works, under the one gap it fills", async () => {
    const { gaps, log, calls } = await recoveryAgainst(2);
    await until(
      async () => gaps.at(-1),
      (gap) => gap?.recovered !== null && gap?.recovered !== undefined,
      "the gap to be filled",
    );
    assert.equal(calls(), 3);
    assert.equal(new Set(gaps.map((g) => g.id)).size, 1);
    assert.deepEqual(
      log.filter((l) => l.includes("failed")),
      [
        "backfilling from the gateway failed (try 1 of 5): gateway busy",
        "backfilling from the gateway failed (try 2 of 5): gateway busy",
      ],
    );
  });

  it("gives up after five tries and says so on the gap", async () => {
    const { gaps, calls } = await recoveryAgainst(Infinity);
    const last = await until(
      async () => gaps.at(-1),
      (gap) => (gap?.unrecoverable.length ?? 0) > 0,
      "the gap to say it stays unfilled",
    );
    assert.equal(calls(), 5);
    assert.equal(last?.recovered, null);
    assert.deepEqual(last?.unrecoverable, ["the gateway did not answer the backfill: gateway busy"]);
  });

  it("stops trying when Switchboard shuts down", async () => {
    const { recovery, calls } = await recoveryAgainst(Infinity, 50);
    await until(
      async () => calls(),
      (n) => n >= 1,
      "the first try",
    );
    recovery.stop();
    await recovery.settled();
    const atStop = calls();
    // Longer than every pause left (50, 100, 200, 400 ms) would have taken together.
    await new Promise((resolve) => setTimeout(resolve, 800));
    assert.equal(calls(), atStop);
    assert.ok(atStop < 5);
  });
});
