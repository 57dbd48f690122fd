import type { RunSummary, RunsPage, RunsQuery } from "./runs";
import type { SessionSummary } from "./sessions";
import type { TimelineEvent } from "./timeline";

/**
 * How a live socket event changes what the browser already holds. Pure, and each returns the
 * same reference when nothing changed, so a cache write does not re-render for nothing.
 */

export type RunFilters = Pick<RunsQuery, "session" | "status">;

export function matchesFilters(run: RunSummary, filters: RunFilters): boolean {
  return (!filters.session || run.sessionKey === filters.session) && (!filters.status || run.status === filters.status);
}

/**
 * Applies one `run:updated` to the loaded pages of a filtered, newest-first list: a known run is
 * replaced where it is (or dropped when it no longer matches the filter), a new one goes on top,
 * unless it is older than everything loaded while more pages wait: "Load more" brings it.
 */
export function applyRunUpdate(pages: RunsPage[], run: RunSummary, filters: RunFilters): RunsPage[] {
  const matches = matchesFilters(run, filters);
  const pageIndex = pages.findIndex((page) => page.runs.some((r) => r.runId === run.runId));
  if (pageIndex < 0) {
    const [first, ...rest] = pages;
    if (!matches || !first || belongsBelowLoaded(pages, run)) return pages;
    return [{ ...first, runs: [run, ...first.runs] }, ...rest];
  }
  return pages.map((page, i) => {
    if (i !== pageIndex) return page;
    const runs = matches
      ? page.runs.map((r) => (r.runId === run.runId ? run : r))
      : page.runs.filter((r) => r.runId !== run.runId);
    return { ...page, runs };
  });
}

/** The pages as one list; a run that moved between pages while loading shows once. */
export function flattenRuns(pages: readonly RunsPage[]): RunSummary[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    page.runs.filter((run) => {
      if (seen.has(run.runId)) return false;
      seen.add(run.runId);
      return true;
    }),
  );
}

/** Replaces a session where it is, or puts a new one first. */
export function upsertSession(sessions: readonly SessionSummary[], session: SessionSummary): SessionSummary[] {
  const known = sessions.some((s) => s.sessionKey === session.sessionKey);
  return known ? sessions.map((s) => (s.sessionKey === session.sessionKey ? session : s)) : [session, ...sessions];
}

/**
 * Adds timeline events to a cursor-sorted list: sorted by cursor, each cursor once. A replay
 * that overlaps what is held (a resubscribe, a page fetched twice) changes nothing.
 */
export function mergeEvents(current: readonly TimelineEvent[], incoming: readonly TimelineEvent[]): TimelineEvent[] {
  const held = lastCursor(current);
  const fresh = incoming.filter((e) => e.cursor > held);
  if (fresh.length === incoming.length && isSorted(fresh)) {
    return fresh.length === 0 ? (current as TimelineEvent[]) : [...current, ...fresh];
  }
  const byCursor = new Map<number, TimelineEvent>();
  for (const e of current) byCursor.set(e.cursor, e);
  let added = false;
  for (const e of incoming) {
    if (byCursor.has(e.cursor)) continue;
    byCursor.set(e.cursor, e);
    added = true;
  }
  return added ? [...byCursor.values()].sort((a, b) => a.cursor - b.cursor) : (current as TimelineEvent[]);
}

/** The newest cursor held, 0 for none: what a resubscribe passes as `after`. */
export function lastCursor(events: readonly TimelineEvent[]): number {
  return events.at(-1)?.cursor ?? 0;
}

function belongsBelowLoaded(pages: readonly RunsPage[], run: RunSummary): boolean {
  const last = pages.at(-1);
  const oldest = last?.runs.at(-1);
  return Boolean(last?.nextCursor && oldest && sortTime(run) < sortTime(oldest));
}

function sortTime(run: RunSummary): number {
  return run.startedAt ?? run.updatedAt;
}

function isSorted(events: readonly TimelineEvent[]): boolean {
  return events.every((e, i) => i === 0 || events[i - 1]!.cursor < e.cursor);
}
