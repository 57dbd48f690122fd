"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import {
  appendLive,
  chunkOf,
  EMPTY_WINDOW,
  evictFar,
  placeTail,
  placeWindow,
  type RunWindowState,
} from "@/lib/run-window";
import type { TimelineBatch, TimelineTail } from "@/lib/socket";
import {
  findOfHash,
  TIMELINE_CHUNK,
  TimelineMatches,
  TimelineWindow,
  type TimelineFind,
} from "@/lib/timeline-window";
import { getJson, queryString } from "./api";
import { getSocket } from "./socket";

/** Chunks kept in memory at most: a few screens around where the reader is. */
const KEPT_CHUNKS = 24;
/** Requests at once: a fast scroll across thousands of chunks asks only for where it stops. */
const MAX_IN_FLIGHT = 3;

/** Where the timeline opens: its start, its tail, or one event (a deep link, a search hit). */
export type Anchor = { at: "start" } | { at: "end" } | { at: "event"; index: number; cursor: number };

/**
 * A run's timeline as a window over its events: the event count and the chunks around the
 * viewport, fetched by position on demand, never the whole run. Once open it follows the run
 * live over the socket (resubscribing from the newest cursor on every reconnect; far behind,
 * it resumes from the run's tail).
 */
export function useRunWindow(runId: string, open: Anchor | null) {
  const [state, setState] = useState<RunWindowState>(EMPTY_WINDOW);
  const [opened, setOpened] = useState<Anchor | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const inFlight = useRef(new Set<number>());
  const held = useRef({ lastCursor: 0, total: 0 });
  useEffect(() => {
    held.current = { lastCursor: state.lastCursor, total: state.total };
  });

  const openAnchor = open ? JSON.stringify(open) : null;
  useEffect(() => {
    if (!openAnchor) return;
    const anchor = JSON.parse(openAnchor) as Anchor;
    const start = anchor.at === "event" ? chunkOf(anchor.index) * TIMELINE_CHUNK : 0;
    fetchWindow(runId, anchor.at === "end" ? undefined : start, TIMELINE_CHUNK * 2).then(
      (window) => {
        setState((s) => placeWindow(s, window));
        setOpened(anchor);
      },
      (e: Error) => setError(e),
    );
  }, [openAnchor, runId]);

  /** Fetches the chunks not held yet (one request each, at most a few at a time). */
  const load = useCallback(
    (wanted: readonly number[], around: number) => {
      setState((s) => evictFar(s, around, KEPT_CHUNKS));
      for (const k of wanted) {
        if (inFlight.current.size >= MAX_IN_FLIGHT) break;
        if (state.chunks.has(k) || inFlight.current.has(k) || k * TIMELINE_CHUNK >= state.total) continue;
        inFlight.current.add(k);
        fetchWindow(runId, k * TIMELINE_CHUNK, TIMELINE_CHUNK)
          .then((window) => setState((s) => placeWindow(s, window)))
          .catch((e: Error) => setError(e))
          .finally(() => inFlight.current.delete(k));
      }
    },
    [state.chunks, state.total, runId],
  );

  const find = useCallback((what: TimelineFind) => findInRun(runId, what), [runId]);

  const ready = opened !== null;
  useEffect(() => {
    if (!ready) return;
    const socket = getSocket();
    const subscribe = () =>
      socket.emit(
        "run:subscribe",
        { runId, after: held.current.lastCursor, held: held.current.total },
        () => {},
      );
    const onBatch = (batch: TimelineBatch) => {
      if (batch.runId === runId) setState((s) => appendLive(s, batch.events));
    };
    const onTail = (tail: TimelineTail) => {
      if (tail.runId === runId) setState((s) => placeTail(s, tail));
    };
    socket.on("timeline:appended", onBatch);
    socket.on("timeline:tail", onTail);
    socket.on("connect", subscribe);
    if (socket.connected) subscribe();
    return () => {
      socket.off("timeline:appended", onBatch);
      socket.off("timeline:tail", onTail);
      socket.off("connect", subscribe);
      socket.emit("run:unsubscribe", { runId });
    };
  }, [ready, runId]);

  return { state, opened, error, load, find };
}

export type RunWindow = ReturnType<typeof useRunWindow>;

function fetchWindow(runId: string, offset: number | undefined, limit: number) {
  const path = `/api/runs/${encodeURIComponent(runId)}/window${queryString({ offset, limit })}`;
  return getJson(path, TimelineWindow);
}

/** Looks for an event or text in one run. */
function findInRun(runId: string, what: TimelineFind) {
  return getJson(`/api/runs/${encodeURIComponent(runId)}/find${queryString(what)}`, TimelineMatches);
}

/**
 * Where a run's timeline opens once the run is known (`live` not null): the event the URL's
 * hash names (`#event-<seq>`, `#tool-<id>`), else a live run's tail, else its start.
 */
export function useOpenAnchor(runId: string, live: boolean | null): Anchor | null {
  const [anchor, setAnchor] = useState<Anchor | null>(null);
  const known = live !== null;
  useEffect(() => {
    if (!known) return;
    const fallback: Anchor = live ? { at: "end" } : { at: "start" };
    const what = findOfHash(window.location.hash);
    const found = what ? findInRun(runId, what).then((m) => m.matches[0] ?? null) : Promise.resolve(null);
    found.then(
      (match) => setAnchor((held) => held ?? (match ? { at: "event", ...match } : fallback)),
      () => setAnchor((held) => held ?? fallback),
    );
    // Decided once, when the run becomes known: a run ending later does not move the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [known, runId]);
  return anchor;
}
