"use client";

import { useCallback, useEffect, useState } from "react";
import {
  findOfHash,
  type TimelineFind,
  type TimelineMatch,
  type TimelineMatches,
} from "@/lib/timeline-window";
import type { Anchor } from "./use-run-window";

/** Search within one run (the server looks through the run's events): the hits, and the one shown. */
export function useTimelineSearch(
  find: (what: { q: string }) => Promise<TimelineMatches>,
  jump: (anchor: Anchor) => void,
) {
  const [result, setResult] = useState<{ q: string; matches: TimelineMatch[]; truncated: boolean } | null>(
    null,
  );
  const [current, setCurrent] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const show = useCallback(
    (matches: readonly TimelineMatch[], i: number) => {
      const match = matches[i];
      setCurrent(i);
      if (match) jump({ at: "event", ...match });
    },
    [jump],
  );

  const search = useCallback(
    (q: string) => {
      if (!q.trim()) return setResult(null);
      setError(null);
      find({ q }).then(
        (found) => {
          setResult({ q, ...found });
          show(found.matches, 0);
        },
        (e: Error) => setError(e.message),
      );
    },
    [find, show],
  );

  const step = useCallback(
    (by: 1 | -1) => {
      if (!result || result.matches.length === 0) return;
      show(result.matches, (current + by + result.matches.length) % result.matches.length);
    },
    [result, current, show],
  );

  return { result, current, error, search, step };
}

/** A link to `#event-<seq>` or `#tool-<id>` followed on the open page jumps there too. */
export function useHashJumps(
  find: (what: TimelineFind) => Promise<TimelineMatches>,
  jump: (anchor: Anchor) => void,
) {
  useEffect(() => {
    const onHash = () => {
      const what = findOfHash(window.location.hash);
      if (!what) return;
      void find(what).then((found) => {
        const match = found.matches[0];
        if (match) jump({ at: "event", ...match });
      });
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, [find, jump]);
}
