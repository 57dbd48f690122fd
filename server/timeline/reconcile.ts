import { clockTime } from "@/lib/gaps";
import type { RunSummary } from "@/lib/runs";
import type { DraftEvent } from "@/lib/timeline";
import type { RunOutcome } from "../gateway/operations";
import { chatEndingKey } from "./normalize-history";

/** What Switchboard knows about the gateway's side of a run it still shows as open. */
export interface RunFateFacts {
  outcome: RunOutcome;
  /** The gateway's catalog says nothing runs in the run's session now. */
  sessionIdle: boolean;
  /** When the gateway's current process started, if known: a run begun before it was lost with the old one. */
  gatewayBootedAt: number | null;
  now: number;
}

/**
 * The events that close a run whose end Switchboard missed. Pure. The gateway's word first
 * (`agent.wait` ended: its outcome and reply); a run a restarted gateway can no longer account
 * for, or one missing from an idle session, is `interrupted`, with why. Anything else is
 * still running on the gateway and is left alone.
 */
export function closingEvents(run: RunSummary, facts: RunFateFacts): DraftEvent[] {
  const { outcome } = facts;
  const base = { runId: run.runId, sessionKey: run.sessionKey, seq: null, stopReason: null, aborted: false };
  const key = `reconciled:${run.runId}`;
  if (outcome.ended) {
    const end: DraftEvent = {
      ...base,
      kind: "lifecycle",
      dedupeKey: key,
      ts: outcome.endedAt,
      phase: outcome.ok ? "end" : "error",
      error: outcome.ok ? null : (outcome.error ?? "the run failed"),
    };
    if (!outcome.reply) return [end];
    const reply: DraftEvent = {
      ...base,
      kind: "chat",
      dedupeKey: chatEndingKey(run.runId),
      ts: outcome.endedAt,
      state: "final",
      text: outcome.reply,
      error: null,
    };
    return [reply, end];
  }
  // A gateway process does not carry runs across a restart (measured: the restarted gateway's
  // `agent.wait` never ends them). So a run begun before the restart is lost, even when history
  // backfilled after the restart moved its last-seen time past it.
  const begunAt = run.startedAt ?? run.updatedAt;
  const bootedAt = facts.gatewayBootedAt;
  const lost =
    bootedAt !== null && begunAt <= bootedAt
      ? { at: bootedAt, reason: `the gateway restarted at ${clockTime(bootedAt)} UTC` }
      : facts.sessionIdle
        ? { at: facts.now, reason: "the gateway no longer has this run and its session is idle" }
        : null;
  if (!lost) return [];
  return [
    { ...base, kind: "lifecycle", dedupeKey: key, ts: lost.at, phase: "interrupted", error: lost.reason },
  ];
}
