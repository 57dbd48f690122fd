import type { TimelineEvent } from "./timeline";
import { TIMELINE_CHUNK, type TimelineWindow } from "./timeline-window";

/**
 * What the browser holds of a huge run: its event count and a few whole chunks of
 * TIMELINE_CHUNK events (chunk k holds positions k·C … k·C + C − 1). Pure; every change
 * returns a new state.
 */
export interface RunWindowState {
  /** The run's event count, as far as the browser knows. */
  total: number;
  /** Whole chunks by index (the last one may be short: the run's tail). */
  chunks: ReadonlyMap<number, TimelineEvent[]>;
  /** The newest cursor known: where the live subscription resumes. */
  lastCursor: number;
}

export const EMPTY_WINDOW: RunWindowState = { total: 0, chunks: new Map(), lastCursor: 0 };

export const chunkOf = (index: number) => Math.floor(index / TIMELINE_CHUNK);
export const chunkCount = (total: number) => Math.ceil(total / TIMELINE_CHUNK);
/** Events in chunk `k` of a run of `total` events. */
export const chunkSize = (k: number, total: number) =>
  Math.max(0, Math.min(TIMELINE_CHUNK, total - k * TIMELINE_CHUNK));

/** Keeps the whole chunks a fetched window covers (a partly covered chunk is fetched again). */
export function placeWindow(state: RunWindowState, window: TimelineWindow): RunWindowState {
  const total = Math.max(state.total, window.total);
  const chunks = new Map(state.chunks);
  const end = window.offset + window.events.length;
  for (let k = chunkOf(window.offset); k * TIMELINE_CHUNK < end; k++) {
    const from = k * TIMELINE_CHUNK;
    const to = from + chunkSize(k, window.total);
    if (from < window.offset || to > end || (chunks.get(k)?.length ?? 0) > to - from) continue;
    chunks.set(k, window.events.slice(from - window.offset, to - window.offset));
  }
  return { total, chunks, lastCursor: Math.max(state.lastCursor, window.lastCursor) };
}

/**
 * The run's tail in place of the events the browser missed (the server skipped them): a chunk
 * held short (the old tail) is dropped and read again by position when it comes into view;
 * whole chunks stay, and so do the tail's.
 */
export function placeTail(state: RunWindowState, tail: TimelineWindow): RunWindowState {
  const chunks = new Map([...state.chunks].filter(([k, held]) => held.length === chunkSize(k, tail.total)));
  return placeWindow({ ...state, chunks }, tail);
}

/** Live events after the newest known: counted, and added to the tail chunk when it is held. */
export function appendLive(state: RunWindowState, events: readonly TimelineEvent[]): RunWindowState {
  const fresh = events.filter((e) => e.cursor > state.lastCursor).sort((a, b) => a.cursor - b.cursor);
  if (fresh.length === 0) return state;
  const chunks = new Map(state.chunks);
  let total = state.total;
  for (const event of fresh) {
    const k = chunkOf(total);
    const held = chunks.get(k);
    if (held) chunks.set(k, [...held, event]);
    else if (total % TIMELINE_CHUNK === 0 && (k === 0 || chunks.has(k - 1))) chunks.set(k, [event]);
    total += 1;
  }
  return { total, chunks, lastCursor: fresh.at(-1)!.cursor };
}

/** Forgets the chunks farthest from `around` beyond `keep`, so memory stays bounded. */
export function evictFar(state: RunWindowState, around: number, keep: number): RunWindowState {
  if (state.chunks.size <= keep) return state;
  const nearest = [...state.chunks.keys()].sort((a, b) => Math.abs(a - around) - Math.abs(b - around));
  const chunks = new Map(nearest.slice(0, keep).map((k) => [k, state.chunks.get(k)!]));
  return { ...state, chunks };
}
