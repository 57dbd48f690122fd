import type { Activity } from "@/lib/overview";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";

const BUCKET_MS = 60_000;
const BUCKETS = 60;

/**
 * Events and run starts per minute over the last hour, counted as batches are committed (a
 * fan-out listener). Kept in memory: after a restart the hour fills again, seeded with the runs
 * the store says started in it.
 */
export function createActivityMeter(
  options: { now?: () => number; startedRuns?: readonly RunSummary[] } = {},
) {
  const now = options.now ?? Date.now;
  const events = new Map<number, number>();
  const runs = new Map<number, number>();
  const counted = new Map<string, number>();
  const bucketOf = (ts: number) => Math.floor(ts / BUCKET_MS);

  function forgetOld(): void {
    const first = bucketOf(now()) - BUCKETS + 1;
    for (const map of [events, runs]) for (const key of map.keys()) if (key < first) map.delete(key);
    for (const [id, bucket] of counted) if (bucket < first) counted.delete(id);
  }

  function countRuns(list: readonly RunSummary[]): void {
    for (const run of list) {
      if (run.startedAt === null || counted.has(run.runId)) continue;
      const bucket = bucketOf(run.startedAt);
      counted.set(run.runId, bucket);
      runs.set(bucket, (runs.get(bucket) ?? 0) + 1);
    }
    forgetOld();
  }
  countRuns(options.startedRuns ?? []);

  return {
    events(list: TimelineEvent[]): void {
      const bucket = bucketOf(now());
      events.set(bucket, (events.get(bucket) ?? 0) + list.length);
    },
    runs: countRuns,
    snapshot(): Activity {
      forgetOld();
      const first = bucketOf(now()) - BUCKETS + 1;
      const range = Array.from({ length: BUCKETS }, (_, i) => first + i);
      return {
        since: first * BUCKET_MS,
        bucketMs: BUCKET_MS,
        eventsPerSecond: range.map((b) => (events.get(b) ?? 0) / (BUCKET_MS / 1000)),
        runsPerMinute: range.map((b) => runs.get(b) ?? 0),
      };
    },
  };
}

export type ActivityMeter = ReturnType<typeof createActivityMeter>;
