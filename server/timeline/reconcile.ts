import type { RunSummary } from "@/lib/runs";
import type { DraftEvent } from "@/lib/timeline";
import type { RunOutcome } from "../gateway/operations";

/**
 * The events that close a run whose end Switchboard missed while it was disconnected.
 * Pure. `sessionIdle`: the gateway's catalog says nothing runs in the run's session now,
 * so a run the gateway cannot account for is over, with an outcome nobody can tell.
 */
export function closingEvents(
  run: RunSummary,
  outcome: RunOutcome,
  sessionIdle: boolean,
  now: number,
): DraftEvent[] {
  const base = { runId: run.runId, sessionKey: run.sessionKey, seq: null, stopReason: null, aborted: false };
  if (outcome.ended) {
    const end: DraftEvent = outcome.ok
      ? {
          ...base,
          kind: "lifecycle",
          dedupeKey: `reconciled:${run.runId}`,
          ts: outcome.endedAt,
          phase: "end",
          error: null,
        }
      : {
          ...base,
          kind: "lifecycle",
          dedupeKey: `reconciled:${run.runId}`,
          ts: outcome.endedAt,
          phase: "error",
          error: outcome.error ?? "the run failed",
        };
    if (!outcome.reply) return [end];
    const reply: DraftEvent = {
      kind: "chat",
      dedupeKey: `reconciled:${run.runId}:reply`,
      runId: run.runId,
      sessionKey: run.sessionKey,
      seq: null,
      ts: outcome.endedAt,
      state: "final",
      text: outcome.reply,
      stopReason: null,
      error: null,
    };
    return [reply, end];
  }
  if (!sessionIdle) return [];
  return [
    {
      ...base,
      kind: "lifecycle",
      dedupeKey: `reconciled:${run.runId}`,
      ts: now,
      phase: "error",
      error: "ended while Switchboard was disconnected; the gateway no longer knows its outcome",
    },
  ];
}
