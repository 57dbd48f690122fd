import { randomUUID } from "node:crypto";
import type { Gap } from "@/lib/gaps";
import { errorMessage } from "@/lib/errors";
import type { LinkEvent } from "../gateway/bridge";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import type { Ingest } from "../timeline/ingest";
import { backfillGap } from "./backfill";
import { createGapDetector, type DetectedGap } from "./gap-detector";

/**
 * Nothing lost: every gap in the live stream is recorded, told (`onGap`) and backfilled from
 * the gateway, and every (re)subscription settles the runs still open. One pass at a time, in
 * the order the gaps happened.
 */
export async function createRecovery(deps: {
  store: Store;
  ingest: Ingest;
  operations: () => GatewayOperations | null;
  onGap: (gap: Gap) => void;
  log: (line: string) => void;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  let detector = createGapDetector(await deps.store.lastEventAt());
  let passes: Promise<void> = Promise.resolve();
  /**
   * When the gateway Switchboard is subscribed to started. A run begun before it is lost, also
   * when the restart went unseen as such (two reconnects in a row, one pass cut short).
   */
  let gatewayBootedAt: number | null = null;

  async function save(gap: Gap): Promise<void> {
    await deps.store.saveGap(gap);
    deps.onGap(gap);
  }

  async function pass(detected: DetectedGap | null, bootedAt: number | null): Promise<void> {
    const operations = deps.operations();
    const gap: Gap | null = detected && {
      id: randomUUID(),
      from: detected.from,
      to: detected.to,
      reason: detected.reason,
      recovered: null,
      unrecoverable: [],
    };
    if (gap) await save(gap);
    if (!operations) return;
    const result = await backfillGap({ ...deps, operations, now }, detected, bootedAt);
    if (gap) await save({ ...gap, ...result });
    if (gap) deps.log(`gap ${gap.reason} backfilled: ${JSON.stringify(result)}`);
  }

  function enqueue(detected: DetectedGap | null): Promise<void> {
    const bootedAt = gatewayBootedAt;
    passes = passes
      .then(() => pass(detected, bootedAt))
      .catch((error: unknown) => deps.log(`backfilling from the gateway failed: ${errorMessage(error)}`));
    return passes;
  }

  return {
    /** Every live frame (cheap: remembers its time for a later seq jump). */
    frame: (at: number) => detector.frame(at),
    /** The bridge's link events: a subscription always settles open runs, a gap backfills too. */
    link(event: LinkEvent): void {
      if (event.type === "subscribed") gatewayBootedAt = event.bootedAt ?? gatewayBootedAt;
      const gap = detector.link(event);
      if (gap || event.type === "subscribed") void enqueue(gap);
    },
    /** The store dropped events while it refused writes: a gap of its own. */
    storeDropped(from: number): Promise<void> {
      return enqueue({ from, to: now(), reason: "store_unavailable", restartedAt: null });
    },
    /** This instance takes over ingest: the gap to fill starts at the newest event its predecessor stored. */
    async takeOver(): Promise<void> {
      detector = createGapDetector(await deps.store.lastEventAt());
    },
    /** Resolves when every pass queued so far has ended (tests, shutdown). */
    settled: () => passes,
  };
}
