import { randomUUID } from "node:crypto";
import type { Gap } from "@/lib/gaps";
import { errorMessage } from "@/lib/errors";
import type { LinkEvent } from "../gateway/bridge";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import type { Ingest } from "../timeline/ingest";
import { backfillGap } from "./backfill";
import { createGapDetector, type DetectedGap } from "./gap-detector";

/** A pass the gateway failed (it may be busy resuming sessions after a restart) is tried again. */
const MAX_TRIES = 5;

/**
 * Nothing lost: every gap in the live stream is recorded, told (`onGap`) and backfilled from
 * the gateway, and every (re)subscription settles the runs still open. One pass at a time, in
 * the order the gaps happened; a failed pass is tried again after a growing pause (passes are
 * idempotent), and a gap that stays unfilled says why.
 */
export async function createRecovery(deps: {
  store: Store;
  ingest: Ingest;
  operations: () => GatewayOperations | null;
  onGap: (gap: Gap) => void;
  log: (line: string) => void;
  now?: () => number;
  /** The pause before the second try; each later one doubles it. */
  retryDelayMs?: number;
}) {
  const now = deps.now ?? Date.now;
  const retryDelayMs = deps.retryDelayMs ?? 2000;
  let detector = createGapDetector(await deps.store.lastEventAt());
  let passes: Promise<void> = Promise.resolve();
  /**
   * When the gateway Switchboard is subscribed to started. A run begun before it is lost, also
   * when the restart went unseen as such (two reconnects in a row, one pass cut short).
   */
  let gatewayBootedAt: number | null = null;
  const retries = new Set<NodeJS.Timeout>();
  let stopped = false;

  async function save(gap: Gap): Promise<void> {
    await deps.store.saveGap(gap);
    deps.onGap(gap);
  }

  async function pass(gap: Gap | null, detected: DetectedGap | null, bootedAt: number | null): Promise<void> {
    const operations = deps.operations();
    if (!operations) return;
    const result = await backfillGap({ ...deps, operations, now }, detected, bootedAt);
    if (gap) await save({ ...gap, ...result });
    if (gap) deps.log(`gap ${gap.reason} backfilled: ${JSON.stringify(result)}`);
  }

  async function failed(gap: Gap | null, detected: DetectedGap | null, tries: number, error: unknown) {
    deps.log(`backfilling from the gateway failed (try ${tries} of ${MAX_TRIES}): ${errorMessage(error)}`);
    if (stopped) return;
    if (tries < MAX_TRIES) {
      const timer = setTimeout(
        () => {
          retries.delete(timer);
          void enqueue(detected, gap, tries + 1);
        },
        retryDelayMs * 2 ** (tries - 1),
      );
      timer.unref();
      retries.add(timer);
    } else if (gap) {
      await save({
        ...gap,
        unrecoverable: [`the gateway did not answer the backfill: ${errorMessage(error)}`],
      });
    }
  }

  function enqueue(detected: DetectedGap | null, known?: Gap | null, tries = 1): Promise<void> {
    const bootedAt = gatewayBootedAt;
    passes = passes.then(async () => {
      const gap = known === undefined ? await recorded(detected) : known;
      await pass(gap, detected, bootedAt).catch((error: unknown) => failed(gap, detected, tries, error));
    });
    passes = passes.catch((error: unknown) => deps.log(`recording a gap failed: ${errorMessage(error)}`));
    return passes;
  }

  /** The gap saved and told at once, before its backfill: a person sees it while it is filled. */
  async function recorded(detected: DetectedGap | null): Promise<Gap | null> {
    if (!detected) return null;
    const { from, to, reason } = detected;
    const gap: Gap = { id: randomUUID(), from, to, reason, recovered: null, unrecoverable: [] };
    await save(gap);
    return gap;
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
    /** No more tries (shutdown): a pass still running ends; `settled` waits for it. */
    stop(): void {
      stopped = true;
      for (const timer of retries) clearTimeout(timer);
      retries.clear();
    },
  };
}
