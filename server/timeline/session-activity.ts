import type { TimelineEvent } from "@/lib/timeline";

/**
 * Which runs each session is running right now, as the events tell it: what a message that
 * arrives now has to wait behind, or is steered into. Fed every committed event in order.
 */
export interface SessionActivity {
  /** Running run ids per session, oldest start first. */
  running: Map<string, string[]>;
  /**
   * Per idle session, the run whose message has landed but which has not said it started yet:
   * the gateway writes the message first, sometimes seconds before the run's start (measured:
   * 9.6 s in tests/fixtures/openclaw-2026.9.6-busy-target-wait.jsonl).
   */
  landing: Map<string, string>;
}

/** `interrupted` is Switchboard's own ending for a run a gateway restart lost (timeline/reconcile.ts). */
const ENDING_PHASES = new Set(["end", "error", "interrupted"]);

export function createSessionActivity(running: Iterable<{ runId: string; sessionKey: string }> = []) {
  const activity: SessionActivity = { running: new Map(), landing: new Map() };
  for (const run of running) add(activity, run.sessionKey, run.runId);
  return activity;
}

export function trackActivity(activity: SessionActivity, e: TimelineEvent): void {
  if (!e.sessionKey) return;
  const landed = landedRun(e);
  if (landed && !activity.running.has(e.sessionKey)) activity.landing.set(e.sessionKey, landed);
  if (!e.runId) return;
  if (e.kind === "lifecycle" && e.phase === "start") {
    add(activity, e.sessionKey, e.runId);
    activity.landing.delete(e.sessionKey);
  }
  const ended =
    (e.kind === "lifecycle" && ENDING_PHASES.has(e.phase)) || (e.kind === "chat" && e.state !== "delta");
  if (!ended) return;
  remove(activity, e.sessionKey, e.runId);
  if (activity.landing.get(e.sessionKey) === e.runId) activity.landing.delete(e.sessionKey);
}

/**
 * The session's newest running run other than `except` (or the one about to start), or null
 * when it runs nothing else.
 */
export function activeRun(
  activity: SessionActivity,
  sessionKey: string,
  except: string | null = null,
): string | null {
  const runs = activity.running.get(sessionKey) ?? [];
  const landing = activity.landing.get(sessionKey) ?? null;
  return runs.findLast((id) => id !== except) ?? (landing === except ? null : landing);
}

function add(activity: SessionActivity, sessionKey: string, runId: string): void {
  const runs = activity.running.get(sessionKey) ?? [];
  if (!runs.includes(runId)) activity.running.set(sessionKey, [...runs, runId]);
}

function remove(activity: SessionActivity, sessionKey: string, runId: string): void {
  const runs = activity.running.get(sessionKey);
  if (!runs?.includes(runId)) return;
  const rest = runs.filter((id) => id !== runId);
  if (rest.length > 0) activity.running.set(sessionKey, rest);
  else activity.running.delete(sessionKey);
}

/**
 * The run a live landing message starts: its send key is `<runId>:user`. History read back
 * after a gap tells of runs long started, so only a live landing is news.
 */
export function landedRun(e: TimelineEvent): string | null {
  if (e.kind !== "handoff" || e.fact.type !== "inbound" || e.backfilled) return null;
  return e.fact.sendRunId;
}
