import type { Hop, HopState } from "@/lib/hops";
import { TERMINAL_RUN_STATUSES, type RunSummary } from "@/lib/runs";
import type { HopFacts } from "@/lib/hop-facts";
import { targetRunOf } from "./hop-facts";

const RELEASED = new Set(["accepted", "timeout"]);
const REFUSED = new Set(["error", "forbidden"]);
const PREVIEW_CHARS = 160;

/**
 * The receipt a person sees, derived from the facts, the target run's own summary and, for a
 * message that queued, the run it queued behind. Pure; each step has the time it was first
 * observed.
 */
export function deriveHop(f: HopFacts, target: RunSummary | null, behind: RunSummary | null = null): Hop {
  const result = f.result;
  const targetRunId = targetRunOf(f);
  const steered = result?.disposition === "steered";
  // A steered message starts being worked on when it lands in the running turn it joins.
  const startedAt = steered ? (f.delivery?.at ?? null) : (target?.startedAt ?? null);
  const dropped = droppedWith(f, target, behind);
  const endedAt =
    target && TERMINAL_RUN_STATUSES.includes(target.status) ? target.endedAt : (dropped?.endedAt ?? null);
  const released = result && RELEASED.has(result.status) ? result.at : null;
  // The answer can reach the caller twice (inline in an `ok` result, then as a delivery run): the first counts.
  const repliedAt = minOf(
    f.reply?.at ?? null,
    result?.status === "ok" && result.reply !== null ? result.at : null,
  );
  const acceptedAt = f.accepted?.at ?? f.delivery?.admittedAt ?? null;
  const timestamps = {
    sentAt: f.sentAt,
    acceptedAt,
    deliveredAt: minOf(f.delivery?.at ?? null, startedAt),
    startedAt,
    // A refused send ends when the caller hears so; a waited send at the latest with its reply.
    endedAt: endedAt ?? (result && (result.status === "ok" || REFUSED.has(result.status)) ? result.at : null),
    callerReleasedAt: released,
    repliedAt,
    resultAt: result?.at ?? null,
  };
  const queuedBehindRunId = f.accepted?.behindRunId ?? null;
  return {
    hopId: f.hopId,
    kind: f.kind,
    callerRunId: f.callerRunId,
    callerSessionKey: f.callerSessionKey,
    toolCallId: f.toolCallId,
    targetSessionKey: result?.targetSessionKey ?? target?.sessionKey ?? namedTarget(f),
    targetLabel: f.targetLabel,
    targetRunId,
    link:
      result?.targetRunId && targetRunId === result.targetRunId
        ? "confirmed"
        : targetRunId
          ? "provisional"
          : null,
    replyRunId: f.reply?.runId ?? null,
    depth: f.depth,
    state: dropped ? "failed" : stateOf(f, target, timestamps, queuedBehindRunId),
    timestamps,
    callerStatus: result?.status ?? null,
    disposition: result?.disposition ?? null,
    delivery: result?.delivery ?? null,
    queuedBehindRunId,
    queueWaitMs: acceptedAt !== null && startedAt !== null ? Math.max(0, startedAt - acceptedAt) : null,
    waitSeconds: f.waitSeconds,
    messagePreview:
      f.message.length > PREVIEW_CHARS ? `${f.message.slice(0, PREVIEW_CHARS - 1)}…` : f.message,
    duplicateDeliveries: f.duplicates,
    error:
      result && REFUSED.has(result.status)
        ? result.error
        : target?.status === "failed" || target?.status === "interrupted"
          ? target.error
          : dropped
            ? `${dropped.error ?? "the gateway lost the run"}; the message queued behind that run was dropped with it`
            : null,
    notes: [],
    origin: null,
  };
}

function stateOf(
  f: HopFacts,
  target: RunSummary | null,
  t: Hop["timestamps"],
  behind: string | null,
): HopState {
  const status = f.result?.status;
  if (status && REFUSED.has(status) && !f.delivery && !target?.startedAt) return "rejected";
  if (target && target.status !== "completed" && TERMINAL_RUN_STATUSES.includes(target.status))
    return "failed";
  if (status === "error") return "failed";
  if (t.repliedAt !== null && (t.endedAt !== null || status === "ok")) return "replied";
  if (t.endedAt !== null) return "completed";
  if (behind !== null && t.startedAt === null) return "queued";
  if (t.callerReleasedAt !== null) return "caller_released";
  if (t.startedAt !== null) return "started";
  if (t.deliveredAt !== null || t.acceptedAt !== null) return "delivered";
  return "sent";
}

/**
 * The session key the caller named, when it named one: a label or an agent id is not a
 * session (facts stored before labels were told apart have only `requestedTarget`).
 */
function namedTarget(f: HopFacts): string | null {
  if (f.namedSessionKey) return f.namedSessionKey;
  return f.kind === "send" && f.targetLabel === null ? f.requestedTarget : null;
}

/**
 * The run a queued message waited behind, when a gateway restart lost it before the message
 * ran: the restarted gateway keeps no queue (measured: docs/architecture.md).
 */
function droppedWith(f: HopFacts, target: RunSummary | null, behind: RunSummary | null): RunSummary | null {
  const waiting = f.accepted?.behindRunId && behind?.runId === f.accepted.behindRunId;
  return waiting && behind.status === "interrupted" && !target?.startedAt ? behind : null;
}

function minOf(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  return b === null ? a : Math.min(a, b);
}
