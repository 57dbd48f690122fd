import { applyPagedUpdate, flattenPages, type PagedList } from "./paged-list";
import type { RunSummary, RunsPage, RunsQuery } from "./runs";
import type { SessionSummary } from "./sessions";
import type { TimelineEvent } from "./timeline";

/**
 * How a live socket event changes what the browser already holds. Pure, and each returns the
 * same reference when nothing changed, so a cache write does not re-render for nothing.
 */

export type RunFilters = Pick<RunsQuery, "session" | "status" | "agent" | "tool" | "since" | "handoffs">;

/**
 * A send id a busy session ran under another id (`route`) is not listed: its carrier is. The
 * tools a run called and its hops are not in its summary: under those filters a live update
 * only changes a run already listed.
 */
function matchesFilters(run: RunSummary, filters: RunFilters, listed: boolean): boolean {
  return (
    run.route === null &&
    (!filters.session || run.sessionKey === filters.session) &&
    (!filters.status || run.status === filters.status) &&
    (!filters.agent || run.agentId === filters.agent) &&
    (filters.since === undefined || (run.startedAt ?? run.updatedAt) >= filters.since) &&
    ((!filters.tool && !filters.handoffs) || listed)
  );
}

const RUN_LIST: PagedList<RunsPage, RunSummary> = {
  items: (page) => page.runs,
  withItems: (page, runs) => ({ ...page, runs }),
  id: (run) => run.runId,
  time: (run) => run.startedAt ?? run.updatedAt,
  hasMore: (page) => page.nextCursor !== null,
};

/** Applies one `run:updated` to the loaded pages of a filtered runs list (see lib/paged-list.ts). */
export function applyRunUpdate(pages: RunsPage[], run: RunSummary, filters: RunFilters): RunsPage[] {
  const listed = pages.some((p) => p.runs.some((r) => r.runId === run.runId));
  return applyPagedUpdate(RUN_LIST, pages, run, matchesFilters(run, filters, listed));
}

/** The pages as one list (a run that moved between pages while loading shows once), with their hop counts. */
export function flattenRuns(pages: readonly RunsPage[]): { runs: RunSummary[]; hops: RunsPage["hops"] } {
  return { runs: flattenPages(RUN_LIST, pages), hops: Object.assign({}, ...pages.map((p) => p.hops)) };
}

/**
 * A fetched run, unless the socket delivered a newer state of it while the request was in
 * flight (more of its events seen, or a later update): then that one.
 */
export function newerRun(fetched: RunSummary, held: RunSummary | undefined): RunSummary {
  if (!held || held.runId !== fetched.runId) return fetched;
  const heldIsNewer =
    held.lastCursor > fetched.lastCursor ||
    (held.lastCursor === fetched.lastCursor && held.updatedAt > fetched.updatedAt);
  return heldIsNewer ? held : fetched;
}

/** Replaces a session where it is, or puts a new one first. */
export function upsertSession(
  sessions: readonly SessionSummary[],
  session: SessionSummary,
): SessionSummary[] {
  const known = sessions.some((s) => s.sessionKey === session.sessionKey);
  return known
    ? sessions.map((s) => (s.sessionKey === session.sessionKey ? session : s))
    : [session, ...sessions];
}

/**
 * Adds timeline events to a cursor-sorted list: sorted by cursor, each cursor once. A replay
 * that overlaps what is held (a resubscribe, a page fetched twice) changes nothing.
 */
export function mergeEvents(
  current: readonly TimelineEvent[],
  incoming: readonly TimelineEvent[],
): TimelineEvent[] {
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

function isSorted(events: readonly TimelineEvent[]): boolean {
  return events.every((e, i) => i === 0 || events[i - 1]!.cursor < e.cursor);
}
