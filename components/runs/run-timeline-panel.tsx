import type { Gap } from "@/lib/gaps";
import type { Hop } from "@/lib/hops";
import type { TimelineItem } from "@/lib/timeline-view";
import { Notice } from "@/components/ui/notice";
import { Timeline } from "@/components/timeline/timeline";

interface Props {
  /** Null while the events load. */
  items: TimelineItem[] | null;
  error: Error | null;
  hops: ReadonlyMap<string, Hop>;
  labels: ReadonlyMap<string, string>;
  gaps: readonly Gap[];
}

/** The run's timeline, or why it is not there yet. */
export function RunTimelinePanel({ items, error, hops, labels, gaps }: Props) {
  if (items) {
    return items.length > 0 ? (
      <Timeline items={items} hops={hops} labels={labels} gaps={gaps} />
    ) : (
      <Notice>No events yet. They appear here as the run produces them.</Notice>
    );
  }
  return error ? (
    <Notice tone="error">Could not load the timeline: {error.message}</Notice>
  ) : (
    <Notice tone="loading">Loading timeline…</Notice>
  );
}
