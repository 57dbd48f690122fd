"use client";

import { useMemo } from "react";
import { sessionLabels } from "@/lib/format";
import { TERMINAL_RUN_STATUSES } from "@/lib/runs";
import { buildTimelineItems } from "@/lib/timeline-view";
import { isNotFound } from "@/hooks/api";
import { useFollowBottom } from "@/hooks/use-follow-bottom";
import { useRun } from "@/hooks/use-run";
import { useRunTimeline } from "@/hooks/use-run-timeline";
import { useSessions } from "@/hooks/use-sessions";
import { Notice } from "@/components/ui/notice";
import { Timeline } from "@/components/timeline/timeline";
import { RunHeader } from "./run-header";
import { RunNotFound } from "./run-not-found";

interface Props {
  runId: string;
}

/** One run: its header and its live timeline, followed while the run is live. */
export function RunScreen({ runId }: Props) {
  const run = useRun(runId);
  const timeline = useRunTimeline(runId);
  const sessions = useSessions();
  const status = run.data?.status ?? null;
  const items = useMemo(() => buildTimelineItems(timeline.data ?? [], status), [timeline.data, status]);
  const live = status !== null && !TERMINAL_RUN_STATUSES.includes(status);
  const follow = useFollowBottom(live, items);
  const label = useMemo(() => sessionLabels(sessions.data ?? []), [sessions.data]);

  if (isNotFound(run.error)) return <RunNotFound runId={runId} />;
  if (!run.data) {
    return run.isError ? <Notice tone="error">Could not load the run: {run.error.message}</Notice> : <Notice tone="loading">Loading run…</Notice>;
  }
  return (
    <div className="space-y-4">
      <RunHeader
        run={run.data}
        sessionLabel={label.get(run.data.sessionKey) ?? null}
        follow={live ? { following: follow.following, onChange: follow.setFollowing } : null}
      />
      {timeline.data ? (
        items.length > 0 ? (
          <Timeline items={items} />
        ) : (
          <Notice>No events yet. They appear here as the run produces them.</Notice>
        )
      ) : timeline.isError ? (
        <Notice tone="error">Could not load the timeline: {timeline.error.message}</Notice>
      ) : (
        <Notice tone="loading">Loading timeline…</Notice>
      )}
    </div>
  );
}
