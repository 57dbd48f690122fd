"use client";

import { useCallback, useMemo } from "react";
import { chainPath, hopsOfRun } from "@/lib/chain-view";
import { runHref } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import { TERMINAL_RUN_STATUSES } from "@/lib/runs";
import { filterEvents } from "@/lib/subscriptions";
import type { TimelineEvent } from "@/lib/timeline";
import { useStore } from "./client-store";
import { drawerStore } from "./send-store";
import { useChain } from "./use-chain";
import { useFollowRun } from "./use-follow-run";
import { useRun } from "./use-run";
import { useOpenAnchor, useRunWindow } from "./use-run-window";
import { useSessionLabels } from "./use-session-labels";
import { useSubscription } from "./use-subscription";

/**
 * Everything a run page shows: the run, a window over its timeline (only the event kinds its
 * subscription shows; opened at the hash's event, a live run's tail or the start), its chain,
 * its place in the chain and Follow across handoffs. `awaited`: the gateway accepted this run (it was just sent, or
 * following led here), so until it is recorded it is on its way, not missing.
 */
export function useRunPage(runId: string, view: "timeline" | "chain") {
  const run = useRun(runId);
  const chainQuery = useChain(runId);
  const chain = chainQuery.data ?? null;
  const labels = useSessionLabels();
  const status = run.data?.status ?? null;
  const sessionKey = run.data?.sessionKey ?? "";
  const subscription = useSubscription({ runId, sessionKey });
  const kinds = subscription.kinds;
  const visible = useCallback((events: TimelineEvent[]) => filterEvents(events, kinds), [kinds]);
  const hops = useMemo(() => (chain ? hopsOfRun(chain, runId) : new Map<string, Hop>()), [chain, runId]);
  const path = useMemo(
    () => (chain && chain.hops.length > 0 ? chainPath(chain, runId) : null),
    [chain, runId],
  );
  const onTimeline = view === "timeline";
  const live = status !== null && !TERMINAL_RUN_STATUSES.includes(status);
  const anchor = useOpenAnchor(runId, run.data ? live : null);
  const win = useRunWindow(runId, onTimeline ? anchor : null);
  const hrefOf = useCallback(
    (id: string) => (view === "chain" ? `${runHref(id)}?view=chain` : runHref(id)),
    [view],
  );
  const carrierRunId = run.data?.route?.carrierRunId ?? null;
  const follow = useFollowRun({ runId, sessionKey, carrierRunId }, chain, hrefOf);

  const awaited = useStore(drawerStore).sent?.runId === runId || follow.following;

  return {
    run,
    win,
    visible,
    status,
    chainQuery,
    chain,
    labels,
    hops,
    path,
    live,
    follow,
    subscription,
    awaited,
  };
}
