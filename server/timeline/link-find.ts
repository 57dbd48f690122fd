import type { HopFacts } from "@/lib/hop-facts";
import { isRejected, targetsSession } from "./hop-facts";
import type { LinkState } from "./link";

/** Clock slack between the caller's tool start and what the target session reports (ms). */
export const SLACK_MS = 2000;

/** The hop whose message (by send id) already landed in this session at another moment: this landing repeats it. */
export function deliveredBefore(
  state: LinkState,
  sessionKey: string,
  runId: string,
  at: number,
): HopFacts | null {
  for (const h of state.hops.values()) {
    if (h.delivery?.runId !== runId || !targetsSession(h, sessionKey)) continue;
    return h.delivery.at === at || h.duplicates.includes(at) ? null : h;
  }
  return null;
}

/** The oldest hop from `caller` towards `target` still waiting for its message to land. */
export function findOpenHop(
  state: LinkState,
  caller: string,
  target: string,
  at: number,
  runId: string,
): HopFacts | undefined {
  let best: HopFacts | undefined;
  for (const h of state.hops.values()) {
    if (h.callerSessionKey !== caller || h.delivery || h.sentAt > at + SLACK_MS) continue;
    const runMatches = !h.result?.targetRunId || h.result.targetRunId === runId;
    if (!targetsSession(h, target) || !runMatches || isRejected(h)) continue;
    if (!best || h.sentAt < best.sentAt) best = h;
  }
  return best;
}

/** The caller-side hop whose reply this is: caller `caller`, target `target`, no reply yet. */
export function findAwaitingReply(
  state: LinkState,
  caller: string,
  target: string,
  runId: string,
): HopFacts | undefined {
  let best: HopFacts | undefined;
  for (const h of state.hops.values()) {
    if (h.callerSessionKey !== caller || h.reply || h.callerRunId === runId) continue;
    if (!targetsSession(h, target) || isRejected(h)) continue;
    if (!best || h.sentAt < best.sentAt) best = h;
  }
  return best;
}
