"use client";

import { useState } from "react";
import { formatCount } from "@/lib/format";
import type { TimelineMatch } from "@/lib/timeline-window";

interface Props {
  total: number;
  onStart: () => void;
  onEnd: () => void;
  onSearch: (q: string) => void;
  onStep: (by: 1 | -1) => void;
  search: { q: string; matches: TimelineMatch[]; truncated: boolean } | null;
  current: number;
  searchError: string | null;
}

const BUTTON =
  "rounded border border-zinc-700 px-2 py-1 text-xs text-zinc-200 hover:bg-zinc-800 disabled:opacity-50";

/** Over the timeline: the run's size, jumps to its start and end, and search within it. */
export function TimelineToolbar({
  total,
  onStart,
  onEnd,
  onSearch,
  onStep,
  search,
  current,
  searchError,
}: Props) {
  const [q, setQ] = useState("");
  const hits = search?.matches.length ?? 0;
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="timeline-toolbar">
      <span className="text-xs text-zinc-400" data-testid="timeline-total">
        {formatCount(total)} events
      </span>
      <button type="button" className={BUTTON} onClick={onStart} data-testid="jump-start">
        Start
      </button>
      <button type="button" className={BUTTON} onClick={onEnd} data-testid="jump-end">
        End
      </button>
      <form
        role="search"
        className="flex min-w-0 flex-1 items-center gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          onSearch(q);
        }}
      >
        <input
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search this run"
          aria-label="Search this run"
          data-testid="timeline-search"
          className="w-full min-w-0 rounded border border-zinc-700 bg-zinc-950 px-2 py-1 text-xs text-zinc-100 sm:max-w-xs"
        />
        {search && (
          <>
            <span
              className="text-xs whitespace-nowrap text-zinc-400"
              data-testid="search-count"
              aria-live="polite"
            >
              {hits === 0 ? "no match" : `${current + 1}/${hits}${search.truncated ? "+" : ""}`}
            </span>
            <button
              type="button"
              className={BUTTON}
              onClick={() => onStep(-1)}
              disabled={hits === 0}
              aria-label="Previous match"
            >
              ↑
            </button>
            <button
              type="button"
              className={BUTTON}
              onClick={() => onStep(1)}
              disabled={hits === 0}
              aria-label="Next match"
            >
              ↓
            </button>
          </>
        )}
        {searchError && <span className="text-xs text-red-300">{searchError}</span>}
      </form>
    </div>
  );
}
