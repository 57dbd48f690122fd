import type { DatabaseSync } from "node:sqlite";
import type { TimelineEvent } from "@/lib/timeline";
import type { TimelineFind, TimelineMatch } from "@/lib/timeline-window";
import { decodeRow, type EventRow } from "../event-body";
import { matcher } from "../run-find";
import { rebuildTexts } from "../text-deltas";

type Assistant = Extract<TimelineEvent, { kind: "assistant" }>;

/**
 * A run's events by position, for a timeline that shows only what is on screen. Every query
 * walks `events_by_run (run_id, cursor)`. Bodies may be deflated and assistant texts stored as
 * deltas, so nothing is searched inside SQL: finds decode the run's rows in JS, in cursor order,
 * and a row's position is its place in that order (the order listEvents reads).
 */
export function createRunWindow(
  db: DatabaseSync,
  stepsBefore: (runId: string, cursor: number) => Assistant[],
) {
  const sql = {
    count: db.prepare("SELECT COUNT(*) AS n, COALESCE(MAX(cursor), 0) AS last FROM events WHERE run_id = ?"),
    at: db.prepare("SELECT * FROM events WHERE run_id = ? ORDER BY cursor LIMIT ? OFFSET ?"),
    all: db.prepare("SELECT * FROM events WHERE run_id = ? ORDER BY cursor"),
  };

  return {
    async countRunEvents(runId: string) {
      const row = sql.count.get(runId) as { n: number; last: number };
      return { total: Number(row.n), lastCursor: Number(row.last) };
    },
    async listEventsAt(runId: string, offset: number, limit: number) {
      const decoded = (sql.at.all(runId, limit, offset) as unknown as EventRow[]).map(decodeRow);
      return rebuildTexts(decoded, (c) => stepsBefore(runId, c));
    },
    async findRunEvents(runId: string, find: TimelineFind, limit: number): Promise<TimelineMatch[]> {
      const matches = matcher(find);
      const found: TimelineMatch[] = [];
      let index = 0;
      for (const row of sql.all.iterate(runId) as Iterable<EventRow>) {
        if (matches(decodeRow(row))) found.push({ index, cursor: Number(row.cursor) });
        if (found.length >= limit) break;
        index += 1;
      }
      return found;
    },
  };
}
