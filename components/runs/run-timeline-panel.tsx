import type { Gap } from "@/lib/gaps";
import type { Hop } from "@/lib/hops";
import type { RunStatus } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import type { RunWindow } from "@/hooks/use-run-window";
import { Notice } from "@/components/ui/notice";
import { GapMarker } from "@/components/timeline/gap-marker";
import { VirtualTimeline } from "@/components/timeline/virtual-timeline";

interface Props {
  win: RunWindow;
  visible: (events: TimelineEvent[]) => TimelineEvent[];
  status: RunStatus | null;
  live: boolean;
  hops: ReadonlyMap<string, Hop>;
  labels: ReadonlyMap<string, string>;
  gaps: readonly Gap[];
}

/** The run's timeline, or why it is not there yet. */
export function RunTimelinePanel({ win, gaps, ...rest }: Props) {
  if (win.opened) {
    return win.state.total > 0 ? (
      <>
        {gaps.map((gap) => (
          <GapMarker key={gap.id} gap={gap} />
        ))}
        <VirtualTimeline win={win} {...rest} />
      </>
    ) : (
      <Notice>No events yet. They appear here as the run produces them.</Notice>
    );
  }
  return win.error ? (
    <Notice tone="error">Could not load the timeline: {win.error.message}</Notice>
  ) : (
    <Notice tone="loading">Loading timeline…</Notice>
  );
}
