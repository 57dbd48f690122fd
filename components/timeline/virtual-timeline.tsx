"use client";

import { useCallback, useEffect, useState, type KeyboardEvent } from "react";
import type { Hop } from "@/lib/hops";
import { chunkCount, chunkSize } from "@/lib/run-window";
import type { RunStatus } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { TIMELINE_CHUNK } from "@/lib/timeline-window";
import type { TimelineItem } from "@/lib/timeline-view";
import type { RunWindow } from "@/hooks/use-run-window";
import { useHashJumps, useTimelineSearch } from "@/hooks/use-timeline-search";
import { useTimelineViewport } from "@/hooks/use-timeline-viewport";
import { RawEventsPanel } from "./raw-events-panel";
import { TimelineChunk } from "./timeline-chunk";
import { TimelineToolbar } from "./timeline-toolbar";
import { moveFocus } from "@/hooks/use-roving-list";

interface Props {
  win: RunWindow;
  /** Shows only the event kinds the subscription shows. */
  visible: (events: TimelineEvent[]) => TimelineEvent[];
  status: RunStatus | null;
  live: boolean;
  hops: ReadonlyMap<string, Hop>;
  labels: ReadonlyMap<string, string>;
}

/**
 * A run's timeline of any size: only the chunks on screen are in the DOM, the scrollbar is
 * sized from the run's event count, and j/k, Enter and Escape work inside it.
 */
export function VirtualTimeline({ win, visible: shown, status, live, hops, labels }: Props) {
  const { total, chunks } = win.state;
  const { listRef, virtualizer, visible, totalSize, scrollMargin, target, jump } = useTimelineViewport(
    total,
    win.load,
    live,
  );
  const search = useTimelineSearch(win.find, jump);
  useHashJumps(win.find, jump);
  const [selected, setSelected] = useState<TimelineItem | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (key: string) =>
      setExpanded((s) => {
        const next = new Set(s);
        if (!next.delete(key)) next.add(key);
        return next;
      }),
    [],
  );

  const { opened } = win;
  useEffect(() => {
    if (opened) jump(opened);
  }, [opened, jump]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || (e.target as HTMLElement).closest("input, textarea")) return;
    if (e.key === "j" || e.key === "k") {
      e.preventDefault();
      moveFocus(e.currentTarget, e.key === "j" ? 1 : -1, "[data-timeline-item]");
    } else if (e.key === "Enter" && (e.target as HTMLElement).dataset.timelineItem && selected) {
      e.preventDefault();
      toggle(selected.key);
    } else if (e.key === "Escape") setSelected(null);
  };

  const count = chunkCount(total);
  const held = (k: number) => chunks.get(k) ?? null;
  return (
    <div className="space-y-3">
      <TimelineToolbar
        total={total}
        onStart={() => jump({ at: "start" })}
        onEnd={() => jump({ at: "end" })}
        onSearch={search.search}
        onStep={search.step}
        search={search.result}
        current={search.current}
        searchError={search.error}
      />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div
          ref={listRef}
          data-testid="timeline"
          role="region"
          aria-label="Run timeline (j/k to move, Enter to expand)"
          onKeyDown={onKeyDown}
          className="relative min-w-0"
          style={{ height: totalSize }}
        >
          <div
            className="absolute inset-x-0 top-0"
            style={{
              transform: `translateY(${(visible[0]?.start ?? 0) - scrollMargin}px)`,
            }}
          >
            {visible.map((row) => {
              const own = held(row.index);
              return (
                <div key={row.key} data-index={row.index} ref={virtualizer.measureElement}>
                  {own ? (
                    <TimelineChunk
                      prev={held(row.index - 1)}
                      own={own}
                      next={held(row.index + 1)}
                      shown={shown}
                      status={status}
                      last={row.index === count - 1}
                      hops={hops}
                      labels={labels}
                      selectedKey={selected?.key ?? null}
                      expanded={expanded}
                      target={target}
                      onSelect={setSelected}
                      onToggle={toggle}
                    />
                  ) : (
                    <p
                      data-testid="timeline-placeholder"
                      className="text-xs text-zinc-500"
                      style={{ height: row.size }}
                    >
                      Loading events {row.index * TIMELINE_CHUNK + 1}–
                      {row.index * TIMELINE_CHUNK + chunkSize(row.index, total)}…
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </div>
        {selected && <RawEventsPanel item={selected} onClose={() => setSelected(null)} />}
      </div>
    </div>
  );
}
