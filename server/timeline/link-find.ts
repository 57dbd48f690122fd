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

/** The hop sent first among those `matches` accepts. */
export function oldestHop(state: LinkState, matches: (h: HopFacts) => boolean): HopFacts | undefined {
  let best: HopFacts | undefined;
  for (const h of state.hops.values()) if (matches(h) && (!best || h.sentAt < best.sentAt)) best = h;
  return best;
}

/** The oldest hop from `caller` towards `target` still waiting for its message to land. */
export function findOpenHop(
  state: LinkState,
  caller: string,
  target: string,
  at: number,
  runId: string,
): HopFacts | undefined {
  return oldestHop(state, (h) => {
    if (h.callerSessionKey !== caller || h.delivery || h.sentAt > at + SLACK_MS) return false;
    const runMatches = !h.result?.targetRunId || h.result.targetRunId === runId;
    return targetsSession(h, target) && runMatches && !isRejected(h);
  });
}

/** The caller-side hop whose reply this is: caller `caller`, target `target`, no reply yet. */
export function findAwaitingReply(
  state: LinkState,
  caller: string,
  target: string,
  runId: string,
): HopFacts | undefined {
  return oldestHop(
    state,
    (h) =>
      h.callerSessionKey === caller &&
      !h.reply &&
      h.callerRunId !== runId &&
      targetsSession(h, target) &&
      !isRejected(h),
  );
}
