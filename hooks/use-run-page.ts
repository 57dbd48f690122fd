"use client";

import { useCallback, useMemo } from "react";
import { chainPath, hopsOfRun } from "@/lib/chain-view";
import { runHref } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import { TERMINAL_RUN_STATUSES } from "@/lib/runs";
import { filterEvents } from "@/lib/subscriptions";
import { buildTimelineItems } from "@/lib/timeline-view";
import { useStore } from "./client-store";
import { drawerStore } from "./send-store";
import { useChain } from "./use-chain";
import { useFollowBottom } from "./use-follow-bottom";
import { useFollowRun } from "./use-follow-run";
import { useRun } from "./use-run";
import { useRunTimeline } from "./use-run-timeline";
import { useScrollToHash } from "./use-scroll-to-hash";
import { useSessionLabels } from "./use-session-labels";
import { useSubscription } from "./use-subscription";

/**
 * Everything a run page shows: the run, its timeline (only the event kinds its subscription
 * shows), its chain, its place in the chain, Follow across handoffs, and the live timeline
 * sticking to the bottom. `awaited`: the gateway accepted this run (it was just sent, or
 * following led here), so until it is recorded it is on its way, not missing.
 */
export function useRunPage(runId: string, view: "timeline" | "chain") {
  const run = useRun(runId);
  const timeline = useRunTimeline(runId);
  const chainQuery = useChain(runId);
  const chain = chainQuery.data ?? null;
  const labels = useSessionLabels();
  const status = run.data?.status ?? null;
  const sessionKey = run.data?.sessionKey ?? "";
  const subscription = useSubscription({ runId, sessionKey });
  const kinds = subscription.kinds;
  const items = useMemo(
    () => (timeline.data ? buildTimelineItems(filterEvents(timeline.data, kinds), status) : null),
    [timeline.data, kinds, status],
  );
  const hops = useMemo(() => (chain ? hopsOfRun(chain, runId) : new Map<string, Hop>()), [chain, runId]);
  const path = useMemo(
    () => (chain && chain.hops.length > 0 ? chainPath(chain, runId) : null),
    [chain, runId],
  );
  const onTimeline = view === "timeline";
  const live = status !== null && !TERMINAL_RUN_STATUSES.includes(status);
  const bottom = useFollowBottom(live && onTimeline, onTimeline ? items : null);
  useScrollToHash(onTimeline && Boolean(items?.length), () => bottom.setFollowing(false));
  const hrefOf = useCallback(
    (id: string) => (view === "chain" ? `${runHref(id)}?view=chain` : runHref(id)),
    [view],
  );
  const carrierRunId = run.data?.route?.carrierRunId ?? null;
  const follow = useFollowRun({ runId, sessionKey, carrierRunId }, chain, hrefOf);

  const awaited = useStore(drawerStore).sent?.runId === runId || follow.following;

  return { run, timeline, chainQuery, chain, labels, items, hops, path, live, follow, subscription, awaited };
}
