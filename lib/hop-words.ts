import { formatDuration, formatLiveDuration, shortId } from "./format";
import type { Hop } from "./hops";
import { queueSpan } from "./hop-view";

/** A hop's queue, target and reply delivery in plain words, for its card and its hover text. Pure. */

type Name = (sessionKey: string) => string;

/** Where it was sent: the session, or "label sb-x (no such session)" when the label named none. */
export function targetWords(hop: Hop, name: Name): string {
  if (hop.targetSessionKey) {
    const session = name(hop.targetSessionKey);
    return hop.targetLabel && hop.targetLabel !== session ? `${session} (label ${hop.targetLabel})` : session;
  }
  if (hop.targetLabel) return `label ${hop.targetLabel} (no such session)`;
  return "an unknown session";
}

/**
 * How the message waited: "queued behind run 7f3a… for 10.9 s" (ticking while it waits),
 * "steered into B's running turn", or null when it neither waited nor joined a turn.
 */
export function queueWords(hop: Hop, name: Name, now: number): string | null {
  const target = hop.targetSessionKey ? name(hop.targetSessionKey) : "the target";
  if (hop.disposition === "steered") return `steered into ${target}'s running turn`;
  const wait = queueWait(hop, now);
  return wait ? `queued behind run ${shortId(wait.behindRunId)}… for ${wait.waited}` : null;
}

/** The wait behind a busy target's run: which run, and how long ("10.9 s", or "4 s so far" while it lasts). */
export function queueWait(
  hop: Hop,
  now: number,
): { behindRunId: string; waited: string; live: boolean } | null {
  const span = queueSpan(hop);
  if (!hop.queuedBehindRunId || !span || hop.disposition === "steered") return null;
  const live = span.to === null;
  const waited = live
    ? `${formatLiveDuration(now - span.from)} so far`
    : formatDuration(span.to! - span.from);
  return { behindRunId: hop.queuedBehindRunId, waited, live };
}

/**
 * How the reply travels back, verbatim but in words: pending is not delivered. Null when the
 * result said nothing about it (or the reply has reached the caller already).
 */
export function deliveryWords(hop: Hop): string | null {
  const d = hop.delivery;
  if (!d?.status || hop.state === "replied") return null;
  const by = d.mode ? ` by ${d.mode}` : "";
  if (d.status === "pending") return `reply to the caller pending${by}: not delivered yet`;
  if (d.status === "skipped") return `no reply goes back to the caller (delivery skipped${by})`;
  return `reply delivery: ${d.status}${by}`;
}
