"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { chunkCount, chunkOf, chunkSize } from "@/lib/run-window";
import { useFollowBottom } from "./use-follow-bottom";
import type { Anchor } from "./use-run-window";

/** A first guess of a chunk's height per event, until it is measured (a row folds ~10 events). */
const PX_PER_EVENT = 3;

/**
 * The window-scrolled virtual list of a run's chunks: its height comes from the run's event
 * count (each chunk estimated until measured), only the chunks on screen are in the DOM, and
 * those (with a neighbour each side) are fetched. `jump` goes to the start, the end or an
 * event; `target` is the event to bring into view once its chunk renders.
 */
export function useTimelineViewport(
  total: number,
  load: (chunks: readonly number[], around: number) => void,
  live: boolean,
) {
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  const shown = total > 0;
  useLayoutEffect(() => {
    const top = listRef.current ? listRef.current.getBoundingClientRect().top + window.scrollY : 0;
    setScrollMargin(top);
  }, [shown]);

  const count = chunkCount(total);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: (k) => Math.max(32, chunkSize(k, total) * PX_PER_EVENT),
    overscan: 1,
    scrollMargin,
    getItemKey: (k) => k,
  });
  const visible = virtualizer.getVirtualItems();
  const first = visible[0]?.index ?? -1;
  const last = visible.at(-1)?.index ?? -1;
  useEffect(() => {
    if (first < 0) return;
    const wanted = [];
    for (let k = Math.max(0, first - 1); k <= last + 1; k++) wanted.push(k);
    load(wanted, Math.round((first + last) / 2));
  }, [first, last, load]);

  const totalSize = virtualizer.getTotalSize();
  const { following, setFollowing } = useFollowBottom(live, `${total}:${totalSize}`);
  const [target, setTarget] = useState<number | null>(null);
  const jump = useCallback(
    (anchor: Anchor) => {
      setFollowing(anchor.at === "end");
      setTarget(anchor.at === "event" ? anchor.cursor : null);
      if (anchor.at === "start") window.scrollTo({ top: 0, behavior: "instant" });
      if (anchor.at === "end") virtualizer.scrollToIndex(count - 1, { align: "end" });
      if (anchor.at === "event") virtualizer.scrollToIndex(chunkOf(anchor.index), { align: "start" });
    },
    [virtualizer, count, setFollowing],
  );

  return { listRef, virtualizer, visible, totalSize, scrollMargin, following, setFollowing, target, jump };
}
