import { z } from "zod";
import type { Chain, Hop } from "./hops";

/**
 * Following the work across sessions: while on, the view moves to the run the current run
 * hands off to, and back to where the answer arrives (the waiting caller, or the caller's
 * reply run); the trail records where it went. Only links made after Follow was turned on
 * move it. Pure.
 */

export const FollowStep = z.object({
  runId: z.string(),
  sessionKey: z.string(),
  /**
   * How the view got here: where following started, a handoff, the reply coming back, or the
   * run that carries a message a busy session could not run at once.
   */
  via: z.enum(["start", "handoff", "reply", "carried"]),
});
export type FollowStep = z.infer<typeof FollowStep>;

export const FollowState = z.object({
  on: z.boolean(),
  trail: z.array(FollowStep),
  /** Links that existed when Follow was turned on: they do not move the view. */
  seen: z.array(z.string()),
});
export type FollowState = z.infer<typeof FollowState>;

export const NOT_FOLLOWING: FollowState = { on: false, trail: [], seen: [] };

const MAX_TRAIL = 30;

/** Follow from `runId`; the trail up to it is kept when it is on the trail already. */
export function startFollowing(
  state: FollowState,
  runId: string,
  sessionKey: string,
  chain: Chain | null,
): FollowState {
  const at = state.trail.findIndex((s) => s.runId === runId);
  const trail = at >= 0 ? state.trail.slice(0, at + 1) : [{ runId, sessionKey, via: "start" as const }];
  return { on: true, trail, seen: chain ? linkKeys(chain) : [] };
}

export function stopFollowing(state: FollowState): FollowState {
  return { ...state, on: false };
}

/** Following, and `runId` is where it stands. */
export function isFollowing(state: FollowState, runId: string): boolean {
  return state.on && state.trail.at(-1)?.runId === runId;
}

/** The trail when `runId` is on it and it went somewhere; else none. */
export function trailThrough(state: FollowState, runId: string): FollowStep[] {
  return state.trail.length > 1 && state.trail.some((s) => s.runId === runId) ? state.trail : [];
}

/**
 * Where the view should go next from the trail's current run, given that run's chain: its
 * earliest new handoff's target run, else the reply run of the hop that brought the work here
 * (to this run, or to the run whose reply this run is), else the caller run that waited for
 * this run and got its answer back inline.
 */
export function nextStep(state: FollowState, chain: Chain): FollowStep | null {
  const current = state.trail.at(-1);
  if (!state.on || !current) return null;
  const seen = new Set(state.seen);
  const visited = new Set(state.trail.map((s) => s.runId));
  const fresh = (id: string | null, key: string): id is string =>
    id !== null && !visited.has(id) && !seen.has(key);
  const out = chain.hops
    .filter((h) => h.callerRunId === current.runId && fresh(h.targetRunId, targetKey(h)))
    .sort((a, b) => a.timestamps.sentAt - b.timestamps.sentAt)[0];
  if (out?.targetRunId)
    return { runId: out.targetRunId, sessionKey: out.targetSessionKey ?? "", via: "handoff" };
  const standsFor = continuedRuns(chain, current.runId);
  const back = chain.hops
    .filter((h) => h.targetRunId !== null && standsFor.has(h.targetRunId) && fresh(h.replyRunId, replyKey(h)))
    .sort((a, b) => (a.timestamps.repliedAt ?? 0) - (b.timestamps.repliedAt ?? 0))[0];
  if (back?.replyRunId) return { runId: back.replyRunId, sessionKey: back.callerSessionKey, via: "reply" };
  return answeredCaller(state, chain, current.runId);
}

/**
 * A caller that waited gets the answer as its tool result and works on with it: the work is
 * back there, whether or not the gateway also runs a reply turn later (it does not always).
 * Once per caller run, so following never bounces between the two.
 */
function answeredCaller(state: FollowState, chain: Chain, runId: string): FollowStep | null {
  const hop = chain.hops.find((h) => h.targetRunId === runId && ANSWERED_INLINE.has(h.callerStatus ?? ""));
  if (!hop || hop.callerRunId === runId) return null;
  const returned = state.trail.some((s) => s.runId === hop.callerRunId && s.via === "reply");
  return returned ? null : { runId: hop.callerRunId, sessionKey: hop.callerSessionKey, via: "reply" };
}

/** The caller's statuses that mean it waited and heard back (with a reply, or told there is none). */
const ANSWERED_INLINE = new Set(["ok", "no_reply"]);

/** From a send a busy session ran under another id, to the run that carries it (once, never back). */
export function carrierStep(
  state: FollowState,
  carrier: { runId: string; sessionKey: string } | null,
): FollowStep | null {
  if (!state.on || !carrier || state.trail.some((s) => s.runId === carrier.runId)) return null;
  return { ...carrier, via: "carried" };
}

/** The run, and the runs it carries on for: a reply run continues the work of the run that made the hop. */
function continuedRuns(chain: Chain, runId: string): Set<string> {
  const runs = new Set<string>();
  for (let id: string | undefined = runId; id !== undefined && !runs.has(id);) {
    runs.add(id);
    id = chain.hops.find((h) => h.replyRunId === id)?.callerRunId;
  }
  return runs;
}

/** The state once the view has moved to `step` (the same state when it is there already). */
export function moveTo(state: FollowState, step: FollowStep): FollowState {
  if (state.trail.at(-1)?.runId === step.runId) return state;
  return { ...state, trail: [...state.trail, step].slice(-MAX_TRAIL) };
}

function linkKeys(chain: Chain): string[] {
  return chain.hops.flatMap((h) =>
    [h.targetRunId ? targetKey(h) : null, h.replyRunId ? replyKey(h) : null].filter((k) => k !== null),
  );
}

const targetKey = (hop: Hop) => `${hop.hopId}>${hop.targetRunId}`;
const replyKey = (hop: Hop) => `${hop.hopId}<${hop.replyRunId}`;
