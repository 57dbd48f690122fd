import { TERMINAL_RUN_STATUSES, type RunStatus, type RunSummary } from "@/lib/runs";
import { agentIdFromSessionKey } from "@/lib/sessions";
import type { TimelineEvent } from "@/lib/timeline";

/**
 * Folds newly stored events into run summaries. Pure, and tolerant of order: a terminal
 * status is never undone by a late event, and times only move the way time does.
 */
export function projectRuns(
  previous: ReadonlyMap<string, RunSummary>,
  events: readonly TimelineEvent[],
): RunSummary[] {
  const next = new Map(previous);
  for (const event of events) {
    if (!event.runId) continue;
    // A transcript message names its run by its send id, which may never run (a busy session
    // runs it under another id): only the run's own events make it a run.
    const run = next.get(event.runId) ?? (event.kind === "message" ? null : emptyRun(event));
    if (run) next.set(event.runId, applyEvent(run, event));
  }
  return [...next.values()].filter((run) => run !== previous.get(run.runId));
}

const WAITING = { disposition: "queued", acceptedAt: null, behindRunId: null, carrierRunId: null } as const;

function emptyRun(event: TimelineEvent): RunSummary {
  return {
    runId: event.runId,
    sessionKey: event.sessionKey,
    agentId: agentIdFromSessionKey(event.sessionKey),
    status: "queued",
    startedAt: null,
    endedAt: null,
    updatedAt: event.ts,
    toolCalls: 0,
    reply: null,
    error: null,
    lastCursor: 0,
    route: null,
  };
}

function applyEvent(run: RunSummary, event: TimelineEvent): RunSummary {
  const next: RunSummary = {
    ...run,
    sessionKey: run.sessionKey || event.sessionKey,
    agentId: run.agentId ?? agentIdFromSessionKey(event.sessionKey),
    updatedAt: Math.max(run.updatedAt, event.ts),
    lastCursor: Math.max(run.lastCursor, event.cursor),
    // Backfilled events arrive after later live ones: they may move the start back.
    startedAt: event.backfilled && run.startedAt !== null ? Math.min(run.startedAt, event.ts) : run.startedAt,
  };
  switch (event.kind) {
    case "lifecycle":
      return applyLifecycle(next, event);
    case "tool":
      return event.phase === "start"
        ? withStarted({ ...next, toolCalls: next.toolCalls + 1 }, event.ts)
        : next;
    case "assistant":
      return withStarted({ ...next, reply: event.text || next.reply }, event.ts);
    case "chat":
      return applyChat(next, event);
    default:
      return next;
  }
}

function applyLifecycle(run: RunSummary, e: Extract<TimelineEvent, { kind: "lifecycle" }>): RunSummary {
  if (e.phase === "start") return { ...withStarted(run, e.ts), startedAt: minTime(run.startedAt, e.ts) };
  if (e.phase === "end") return finish(run, e.aborted ? "aborted" : "completed", e.ts, null);
  if (e.phase === "error") return finish(run, "failed", e.ts, e.error ?? "the run failed");
  if (e.phase === "interrupted") return finish(run, "interrupted", e.ts, e.error);
  return withStarted(run, e.ts);
}

function applyChat(run: RunSummary, e: Extract<TimelineEvent, { kind: "chat" }>): RunSummary {
  // A message sent to a busy session: the gateway answers its send id with an empty `final`
  // before it ever ran, and the message runs under another id (see server/timeline/send-routes).
  // That id did not complete anything: it is a route, not a run.
  if (e.state === "final" && e.text === null && run.status === "queued")
    return { ...run, route: run.route ?? { ...WAITING, acceptedAt: e.ts } };
  const withText = { ...run, reply: e.text ?? run.reply };
  if (e.state === "final") return finish(withText, "completed", e.ts, null);
  if (e.state === "error") return finish(withText, "failed", e.ts, e.error ?? "the run failed");
  if (e.state === "aborted")
    return finish(withText, "aborted", e.ts, e.stopReason ? `aborted: ${e.stopReason}` : null);
  return withStarted(withText, e.ts);
}

/** Any sign of activity means the run has started, even if its start event is still on the way. */
function withStarted(run: RunSummary, ts: number): RunSummary {
  if (run.status !== "queued") return run;
  return { ...run, status: "running", startedAt: run.startedAt ?? ts };
}

/**
 * The first terminal word wins, except that a failure or abort outranks a plain completion and
 * the gateway's own word outranks `interrupted` (Switchboard's inference that the run was lost).
 */
function finish(run: RunSummary, status: RunStatus, ts: number, error: string | null): RunSummary {
  const already = TERMINAL_RUN_STATUSES.includes(run.status);
  const outranks =
    run.status === "interrupted"
      ? status !== "interrupted"
      : run.status === "completed" && status !== "completed" && status !== "interrupted";
  if (already && !outranks) {
    return { ...run, endedAt: run.endedAt ?? ts };
  }
  // The gateway's later word replaces Switchboard's inference entirely, its time and reason too.
  const replacing = run.status === "interrupted";
  return {
    ...run,
    status,
    startedAt: run.startedAt ?? ts,
    endedAt: already && !replacing ? run.endedAt : ts,
    error: replacing ? error : (error ?? run.error),
  };
}

function minTime(a: number | null, b: number): number {
  return a === null ? b : Math.min(a, b);
}
