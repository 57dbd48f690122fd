import type { Hop, HopState } from "./hops";

/** A hop's receipt and waits as the screens show them. Pure. */

/** The word each receipt state is shown with; a released caller is not a failure: the target still runs. */
export const HOP_STATE_WORD: Record<HopState, string> = {
  sent: "sent",
  delivered: "delivered",
  queued: "queued",
  started: "started",
  caller_released: "still running",
  completed: "completed",
  failed: "failed",
  rejected: "rejected",
  replied: "replied",
};

const OPEN_STATES: readonly HopState[] = ["sent", "delivered", "queued", "started", "caller_released"];

/** The target has not finished with it yet (a released caller does not end a hop). */
export function isOpenHop(hop: Hop): boolean {
  return OPEN_STATES.includes(hop.state);
}

export interface ReceiptStep {
  state: HopState;
  /** When the step was observed; null while it is still ahead (or its time is unknown). */
  at: number | null;
  tone: "done" | "pending" | "bad";
}

/**
 * sent → delivered (accepted by the target session) → queued (when it had to wait) → started →
 * completed (→ replied); a rejected hop stops after sent, a failed one ends in red.
 */
export function receiptSteps(hop: Hop): ReceiptStep[] {
  const t = hop.timestamps;
  const sent = step("sent", t.sentAt);
  if (hop.state === "rejected") return [sent, { state: "rejected", at: t.endedAt, tone: "bad" }];
  const accepted = t.acceptedAt ?? t.deliveredAt;
  const steps = [sent, step("delivered", accepted)];
  if (hop.queuedBehindRunId !== null) steps.push(step("queued", accepted));
  steps.push(step("started", t.startedAt));
  steps.push(
    hop.state === "failed" ? { state: "failed", at: t.endedAt, tone: "bad" } : step("completed", t.endedAt),
  );
  if (t.repliedAt !== null) steps.push(step("replied", t.repliedAt));
  return steps;
}

/** A stretch of time; `to` null while it is still going. */
export interface Span {
  from: number;
  to: number | null;
}

export interface HopWaits {
  /** Accepted by the target session, waiting to start (behind another run of it, when it is busy). */
  queue: Span | null;
  /** The target run's own time. */
  run: Span | null;
  /** How long the caller's tool call waited; null for fire-and-forget. */
  caller: Span | null;
}

export function hopWaits(hop: Hop): HopWaits {
  const t = hop.timestamps;
  const open = isOpenHop(hop);
  const span = (from: number | null, to: number | null): Span | null =>
    from === null ? null : { from, to: to ?? (open ? null : from) };
  return {
    queue: queueSpan(hop),
    run: span(t.startedAt, t.endedAt),
    caller: hop.waitSeconds === 0 ? null : { from: t.sentAt, to: callerWaitEnd(hop) },
  };
}

/**
 * From the target session accepting the message to its start (to joining the running turn,
 * when steered); `to` null while it still waits.
 */
export function queueSpan(hop: Hop): Span | null {
  const t = hop.timestamps;
  const from = t.acceptedAt ?? t.deliveredAt;
  if (from === null) return null;
  const to = hop.disposition === "steered" ? t.deliveredAt : t.startedAt;
  return { from, to: to ?? (isOpenHop(hop) ? null : from) };
}

/**
 * When the caller stopped waiting: when its tool call returned (`resultAt`), else released
 * (timeout/accepted) or answered (the result came with the target's end); null while it waits.
 */
export function callerWaitEnd(hop: Hop): number | null {
  const t = hop.timestamps;
  if (t.resultAt !== null) return t.resultAt;
  if (t.callerReleasedAt !== null) return t.callerReleasedAt;
  if (hop.callerStatus !== null || !isOpenHop(hop)) return t.endedAt ?? t.repliedAt ?? t.sentAt;
  return null;
}

function step(state: HopState, at: number | null): ReceiptStep {
  return { state, at, tone: at === null ? "pending" : "done" };
}
