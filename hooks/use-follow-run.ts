"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";
import {
  carrierStep,
  FollowState,
  isFollowing,
  moveTo,
  nextStep,
  NOT_FOLLOWING,
  startFollowing,
  stopFollowing,
  trailThrough,
  type FollowStep,
} from "@/lib/follow";
import type { Chain } from "@/lib/hops";
import { createStore, useStore } from "./client-store";

/** Where following stands, per tab (sessionStorage): it survives the page changes it makes. */
export const followStore = createStore<FollowState>(NOT_FOLLOWING, {
  area: "session",
  key: "switchboard:follow",
  parse: (raw) => FollowState.safeParse(raw).data ?? null,
});

/** Follow a run Switchboard just started (Send with "follow after sending"). */
export function followNewRun(runId: string, sessionKey: string): void {
  followStore.set(startFollowing(NOT_FOLLOWING, runId, sessionKey, null));
}

/**
 * Follow on a run page: while on, when the run hands off (a hop from it gets its target run)
 * the page moves to the target run (`hrefOf` keeps the view), and when the answer arrives it
 * moves back to where it lands (the waiting caller, or a reply run); a message a busy
 * session ran under another id moves on to the run that carries it. `trail` is where it went, while this run is on it.
 */
export function useFollowRun(
  run: { runId: string; sessionKey: string; carrierRunId: string | null },
  chain: Chain | null,
  hrefOf: (runId: string) => string,
) {
  const state = useStore(followStore);
  const router = useRouter();
  const following = isFollowing(state, run.runId);
  const carrier = run.carrierRunId ? { runId: run.carrierRunId, sessionKey: run.sessionKey } : null;
  const next: FollowStep | null = following
    ? (carrierStep(state, carrier) ?? (chain ? nextStep(state, chain) : null))
    : null;
  const [nextRunId, nextSession, nextVia] = [next?.runId, next?.sessionKey ?? "", next?.via ?? "handoff"];

  useEffect(() => {
    if (!nextRunId) return;
    followStore.set((s) => moveTo(s, { runId: nextRunId, sessionKey: nextSession, via: nextVia }));
    router.push(hrefOf(nextRunId));
  }, [nextRunId, nextSession, nextVia, router, hrefOf]);

  const setFollowing = (on: boolean) =>
    followStore.set((s) => (on ? startFollowing(s, run.runId, run.sessionKey, chain) : stopFollowing(s)));

  return { following, trail: trailThrough(state, run.runId), setFollowing };
}
