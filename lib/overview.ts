import { z } from "zod";
import { Alert } from "./alerts";
import { Hop, type HopState } from "./hops";
import { RunSummary } from "./runs";

/** Minute buckets over the last hour, oldest first: what the home page's sparklines draw. */
export const Activity = z.object({
  /** Start of the first bucket (epoch ms). */
  since: z.number(),
  bucketMs: z.number().int().positive(),
  /** Mean events per second in each bucket. */
  eventsPerSecond: z.array(z.number().nonnegative()),
  /** Runs started in each bucket. */
  runsPerMinute: z.array(z.number().int().nonnegative()),
});
export type Activity = z.infer<typeof Activity>;

/** "What is happening now?": the home page's answer, from `GET /api/overview`. */
export const Overview = z.object({
  at: z.number(),
  activeRuns: z.array(RunSummary),
  /** Hops on their way: sent, delivered, queued (with their wait) or started. */
  hopsInFlight: z.array(Hop),
  /** The caller stopped waiting while the target still works (never a failure). */
  callerReleased: z.array(Hop),
  /** Deadlock alerts that still hold, and loops seen in the last hour. */
  deadlocks: z.array(Alert),
  loops: z.array(Alert),
  failedRuns: z.array(RunSummary),
  failedHops: z.array(Hop),
  activity: Activity,
});
export type Overview = z.infer<typeof Overview>;

const IN_FLIGHT: readonly HopState[] = ["sent", "delivered", "queued", "started"];
const FAILED: readonly HopState[] = ["failed", "rejected"];
/** Loops, failures and released callers older than this are history, not "now". */
export const OVERVIEW_WINDOW_MS = 60 * 60 * 1000;

/** Sorts what the store has into the overview's groups: pure, so the server route stays thin. */
export function buildOverview(parts: {
  now: number;
  openRuns: readonly RunSummary[];
  failedRuns: readonly RunSummary[];
  /** Hops sent within the window, any order. */
  hops: readonly Hop[];
  alerts: readonly Alert[];
  activity: Activity;
}): Overview {
  const since = parts.now - OVERVIEW_WINDOW_MS;
  const newest = (a: Hop, b: Hop) => b.timestamps.sentAt - a.timestamps.sentAt;
  const hops = [...parts.hops].sort(newest);
  return {
    at: parts.now,
    activeRuns: [...parts.openRuns],
    hopsInFlight: hops.filter((h) => IN_FLIGHT.includes(h.state)),
    callerReleased: hops.filter((h) => h.state === "caller_released"),
    deadlocks: parts.alerts.filter((a) => a.kind === "deadlock" && a.endedAt === null),
    loops: parts.alerts.filter((a) => a.kind === "loop" && a.at >= since),
    failedRuns: parts.failedRuns.filter((r) => (r.endedAt ?? r.updatedAt) >= since),
    failedHops: hops.filter((h) => FAILED.includes(h.state)),
    activity: parts.activity,
  };
}
