import type { ComponentProps } from "react";
import type { Gap } from "@/lib/gaps";
import { Notice } from "@/components/ui/notice";
import { GapMarker } from "@/components/timeline/gap-marker";
import { VirtualTimeline } from "@/components/timeline/virtual-timeline";

/** The timeline's own props, plus the gaps that cut the run. */
type Props = ComponentProps<typeof VirtualTimeline> & { gaps: readonly Gap[] };

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
