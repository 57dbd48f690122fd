"use client";

import { useEffect, useRef, useState } from "react";

const AWAY_PX = 80;

/**
 * Counts the items that arrived at the top of a live list while the user was scrolled down,
 * for a "3 new runs ↑" button. Back at the top the count resets.
 */
export function useNewAbove(ids: readonly string[]) {
  const [seenWhenLeft, setSeenWhenLeft] = useState<ReadonlySet<string> | null>(null);
  const idsRef = useRef(ids);

  useEffect(() => {
    idsRef.current = ids;
  }, [ids]);

  useEffect(() => {
    const onScroll = () => {
      const away = window.scrollY > AWAY_PX;
      setSeenWhenLeft((seen) => (away ? (seen ?? new Set(idsRef.current)) : null));
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, []);

  // New runs arrive on top: count what lies above the first run that was already there.
  const count = seenWhenLeft
    ? Math.max(
        0,
        ids.findIndex((id) => seenWhenLeft.has(id)),
      )
    : 0;
  const scrollToTop = () => window.scrollTo({ top: 0, behavior: "smooth" });
  return { count, scrollToTop };
}
