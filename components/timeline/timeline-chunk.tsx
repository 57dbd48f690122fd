"use client";

import { memo, useEffect, useMemo } from "react";
import type { Hop } from "@/lib/hops";
import type { RunStatus } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { chunkItems } from "@/lib/timeline-chunks";
import type { TimelineItem } from "@/lib/timeline-view";
import { RelativeTime } from "@/components/ui/relative-time";
import { TimelineEntry } from "./timeline-entry";

interface Props {
  prev: TimelineEvent[] | null;
  own: TimelineEvent[];
  next: TimelineEvent[] | null;
  /** The event kinds the reader chose to see. */
  shown: (events: TimelineEvent[]) => TimelineEvent[];
  status: RunStatus | null;
  /** This chunk holds the run's newest events. */
  last: boolean;
  hops: ReadonlyMap<string, Hop>;
  labels: ReadonlyMap<string, string>;
  selectedKey: string | null;
  expanded: ReadonlySet<string>;
  /** An event to bring into view and select, if it is in this chunk. */
  target: number | null;
  onSelect: (item: TimelineItem) => void;
  onToggle: (key: string) => void;
}

/** One chunk of a run's events, folded into timeline rows (a tool call or text that straddles chunks shows once). */
export const TimelineChunk = memo(function TimelineChunk(props: Props) {
  const { prev, own, next, shown, status, last, selectedKey, target, onSelect } = props;
  const items = useMemo(
    () => chunkItems({ prev: prev && shown(prev), own: shown(own), next: next && shown(next) }, status, last),
    [prev, own, next, shown, status, last],
  );

  const targeted = target === null ? undefined : items.find((i) => i.events.some((e) => e.cursor === target));
  const targetKey = targeted?.key ?? null;
  useEffect(() => {
    const item = items.find((i) => i.key === targetKey);
    if (!item) return;
    onSelect(item);
    const frame = requestAnimationFrame(() =>
      document.getElementById(rowId(item.key))?.scrollIntoView({ block: "center" }),
    );
    return () => cancelAnimationFrame(frame);
    // Once per target: a chunk folded again (its neighbour loaded, a live event) does not scroll back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [targetKey, onSelect]);

  return (
    <ol className="space-y-2 pb-2">
      {items.map((item) => (
        <li
          key={item.key}
          id={rowId(item.key)}
          data-timeline-item={item.kind}
          data-testid="timeline-row"
          tabIndex={item.key === selectedKey ? 0 : -1}
          aria-current={item.key === selectedKey ? "true" : undefined}
          onFocus={(e) => e.target === e.currentTarget && onSelect(item)}
          onClick={() => onSelect(item)}
          className="grid scroll-mt-16 gap-x-3 rounded outline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-400 aria-[current]:bg-zinc-900/60 sm:grid-cols-[4.5rem_minmax(0,1fr)]"
        >
          <span className="hidden pt-1 text-right font-mono text-[0.7rem] text-zinc-400 tabular-nums sm:block">
            <RelativeTime ts={item.ts} />
          </span>
          <div className="min-w-0">
            <TimelineEntry
              item={item}
              hops={props.hops}
              labels={props.labels}
              expanded={props.expanded.has(item.key)}
              onToggle={props.onToggle}
            />
          </div>
        </li>
      ))}
    </ol>
  );
});

function rowId(key: string): string {
  return `row-${encodeURIComponent(key)}`;
}
