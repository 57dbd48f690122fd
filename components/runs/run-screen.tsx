"use client";

import { useMemo } from "react";
import { chainPath, hopsOfRun } from "@/lib/chain-view";
import type { Hop } from "@/lib/hops";
import { TERMINAL_RUN_STATUSES } from "@/lib/runs";
import { buildTimelineItems } from "@/lib/timeline-view";
import { isNotFound } from "@/hooks/api";
import { useChain } from "@/hooks/use-chain";
import { useFollowBottom } from "@/hooks/use-follow-bottom";
import { useRun } from "@/hooks/use-run";
import { useRunTimeline } from "@/hooks/use-run-timeline";
import { useScrollToHash } from "@/hooks/use-scroll-to-hash";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { Notice } from "@/components/ui/notice";
import { ChainBreadcrumb } from "@/components/chain/chain-breadcrumb";
import { RunChainPanel } from "./run-chain-panel";
import { RunHeader } from "./run-header";
import { RunNotFound } from "./run-not-found";
import { RunTabs, type RunView } from "./run-tabs";
import { RunTimelinePanel } from "./run-timeline-panel";

interface Props {
  runId: string;
  view: RunView;
}

/** One run: its header, its place in the chain, and its live timeline or its chain. */
export function RunScreen({ runId, view }: Props) {
  const run = useRun(runId);
  const timeline = useRunTimeline(runId);
  const chainQuery = useChain(runId);
  const chain = chainQuery.data ?? null;
  const labels = useSessionLabels();
  const status = run.data?.status ?? null;
  const items = useMemo(() => (timeline.data ? buildTimelineItems(timeline.data, status) : null), [timeline.data, status]);
  const hops = useMemo(() => (chain ? hopsOfRun(chain, runId) : new Map<string, Hop>()), [chain, runId]);
  const path = useMemo(() => (chain && chain.hops.length > 0 ? chainPath(chain, runId) : null), [chain, runId]);
  const onTimeline = view === "timeline";
  const live = status !== null && !TERMINAL_RUN_STATUSES.includes(status);
  const follow = useFollowBottom(live && onTimeline, onTimeline ? items : null);
  useScrollToHash(onTimeline && Boolean(items?.length), () => follow.setFollowing(false));

  if (isNotFound(run.error)) return <RunNotFound runId={runId} />;
  if (!run.data) {
    return run.isError ? <Notice tone="error">Could not load the run: {run.error.message}</Notice> : <Notice tone="loading">Loading run…</Notice>;
  }
  return (
    <div className="space-y-4">
      <RunHeader
        run={run.data}
        sessionLabel={labels.get(run.data.sessionKey) ?? null}
        follow={live && onTimeline ? { following: follow.following, onChange: follow.setFollowing } : null}
      />
      {chain && path && <ChainBreadcrumb path={path} labels={labels} maxDepth={chain.maxDepth} />}
      <RunTabs runId={runId} current={view} hops={chain?.hops.length ?? null} />
      {onTimeline ? (
        <RunTimelinePanel items={items} error={timeline.error} hops={hops} labels={labels} />
      ) : (
        <RunChainPanel runId={runId} chain={chain} error={chainQuery.error} labels={labels} />
      )}
    </div>
  );
}
