"use client";

import { isNotFound } from "@/hooks/api";
import { useGaps } from "@/hooks/use-gaps";
import { useRunPage } from "@/hooks/use-run-page";
import { GapBanner } from "@/components/ui/gap-banner";
import { Notice } from "@/components/ui/notice";
import { ChainBreadcrumb } from "@/components/chain/chain-breadcrumb";
import { DeadlockBanner } from "@/components/chain/deadlock-banner";
import { NotifyControl } from "@/components/subscribe/notify-control";
import { AbortControl } from "./abort-control";
import { FollowToggle } from "./follow-toggle";
import { FollowTrail } from "./follow-trail";
import { RunChainPanel } from "./run-chain-panel";
import { RunHeader } from "./run-header";
import { RunNotFound } from "./run-not-found";
import { RunTabs, type RunView } from "./run-tabs";
import { RouteWords } from "./route-words";
import { RunTimelinePanel } from "./run-timeline-panel";

interface Props {
  runId: string;
  view: RunView;
}

/** One run: its header and actions, its place in the chain, what to be notified of, and its live timeline or its chain. */
export function RunScreen({ runId, view }: Props) {
  const {
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
  } = useRunPage(runId, view);
  const gaps = useGaps(run.data?.startedAt ?? run.data?.updatedAt ?? null, run.data?.endedAt ?? null);

  if (!run.data) {
    if (awaited)
      return <Notice tone="loading">The gateway accepted the run; waiting for it to start…</Notice>;
    if (isNotFound(run.error)) return <RunNotFound runId={runId} />;
    return run.isError ? (
      <Notice tone="error">Could not load the run: {run.error.message}</Notice>
    ) : (
      <Notice tone="loading">Loading run…</Notice>
    );
  }
  return (
    <div className="space-y-4">
      <RunHeader
        run={run.data}
        sessionLabel={labels.get(run.data.sessionKey) ?? null}
        actions={
          <>
            <FollowToggle following={follow.following} onChange={follow.setFollowing} />
            <AbortControl runId={runId} live={live} />
          </>
        }
      />
      <GapBanner gaps={gaps} />
      {run.data.route && <RouteWords route={run.data.route} run={run.data} testId="run-route" />}
      {follow.trail.length > 0 && <FollowTrail trail={follow.trail} currentRunId={runId} labels={labels} />}
      {chain && path && (
        <ChainBreadcrumb
          path={path}
          labels={labels}
          maxDepth={chain.maxDepth}
          depthLimit={chain.depthLimit}
        />
      )}
      {chain?.deadlocks.map((d) => (
        <DeadlockBanner key={d.deadlockId} deadlock={d} hops={chain.hops} labels={labels} />
      ))}
      <RunTabs runId={runId} current={view} hops={chain?.hops.length ?? null} />
      <NotifyControl
        subject="run"
        kinds={subscription.kinds}
        notify={subscription.notify}
        permission={subscription.permission}
        onToggleKind={subscription.toggle}
        onNotify={(on) => void subscription.setNotifying(on)}
        kindsLabel={view === "timeline" ? "Show" : null}
      />
      {view === "timeline" ? (
        <RunTimelinePanel
          win={win}
          visible={visible}
          status={status}
          live={live}
          hops={hops}
          labels={labels}
          gaps={gaps}
        />
      ) : (
        <RunChainPanel runId={runId} chain={chain} error={chainQuery.error} labels={labels} />
      )}
    </div>
  );
}
