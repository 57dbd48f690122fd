import type { TimelineEvent } from "@/lib/timeline";

/**
 * Which runs each session is running right now, as the events tell it: what a message that
 * arrives now has to wait behind, or is steered into. Fed every committed event in order.
 */
export interface SessionActivity {
  /** Running run ids per session, oldest start first. */
  running: Map<string, string[]>;
}

export function createSessionActivity(running: Iterable<{ runId: string; sessionKey: string }> = []) {
  const activity: SessionActivity = { running: new Map() };
  for (const run of running) add(activity, run.sessionKey, run.runId);
  return activity;
}

export function trackActivity(activity: SessionActivity, e: TimelineEvent): void {
  if (!e.runId || !e.sessionKey) return;
  if (e.kind === "lifecycle" && e.phase === "start") add(activity, e.sessionKey, e.runId);
  const ended =
    (e.kind === "lifecycle" && (e.phase === "end" || e.phase === "error")) ||
    (e.kind === "chat" && e.state !== "delta");
  if (ended) remove(activity, e.sessionKey, e.runId);
}

/** The session's newest running run other than `except`, or null when it runs nothing else. */
export function activeRun(
  activity: SessionActivity,
  sessionKey: string,
  except: string | null = null,
): string | null {
  const runs = activity.running.get(sessionKey) ?? [];
  return runs.findLast((id) => id !== except) ?? null;
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
