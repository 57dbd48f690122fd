import type { DatabaseSync } from "node:sqlite";
import type { TimelineFind, TimelineMatch } from "@/lib/timeline-window";
import { toEvent, type EventRow } from "./rows";

/**
 * A run's events by position, for a timeline that shows only what is on screen. Every query
 * walks `events_by_run (run_id, cursor)`; text search reads only the run's own rows.
 */
export function createRunWindow(db: DatabaseSync) {
  // What search looks in: an assistant step's new words (not the cumulative text every delta
  // repeats), no chat deltas (the assistant events carry the same words), everything else whole.
  const searchable = `CASE kind
      WHEN 'assistant' THEN json_extract(body, '$.delta')
      WHEN 'chat' THEN iif(json_extract(body, '$.state') = 'delta', NULL, body)
      ELSE body END`;
  const sql = {
    count: db.prepare("SELECT COUNT(*) AS n, COALESCE(MAX(cursor), 0) AS last FROM events WHERE run_id = ?"),
    before: db.prepare("SELECT COUNT(*) AS n FROM events WHERE run_id = ? AND cursor < ?"),
    between: db.prepare("SELECT COUNT(*) AS n FROM events WHERE run_id = ? AND cursor >= ? AND cursor < ?"),
    at: db.prepare("SELECT cursor, body FROM events WHERE run_id = ? ORDER BY cursor LIMIT ? OFFSET ?"),
    bySeq: db.prepare(
      "SELECT cursor FROM events WHERE run_id = ? AND json_extract(body, '$.seq') = ? ORDER BY cursor LIMIT ?",
    ),
    byToolCall: db.prepare(`SELECT cursor FROM events WHERE run_id = ? AND kind = 'tool'
      AND json_extract(body, '$.toolCallId') = ? ORDER BY cursor LIMIT ?`),
    byText: db.prepare(`SELECT cursor FROM events WHERE run_id = ?
      AND instr(lower(${searchable}), lower(?)) > 0 ORDER BY cursor LIMIT ?`),
  };
  const count = (row: unknown) => Number((row as { n: number }).n);

  return {
    async countRunEvents(runId: string) {
      const row = sql.count.get(runId) as { n: number; last: number };
      return { total: Number(row.n), lastCursor: Number(row.last) };
    },
    async listEventsAt(runId: string, offset: number, limit: number) {
      return (sql.at.all(runId, limit, offset) as unknown as EventRow[]).map(toEvent);
    },
    async findRunEvents(runId: string, find: TimelineFind, limit: number): Promise<TimelineMatch[]> {
      const rows = (
        "seq" in find
          ? sql.bySeq.all(runId, find.seq, limit)
          : "toolCallId" in find
            ? sql.byToolCall.all(runId, find.toolCallId, limit)
            : sql.byText.all(runId, find.q, limit)
      ) as { cursor: number }[];
      if (rows.length === 0) return [];
      // Positions: the first by counting, the rest by counting only the stretch between hits.
      let index = count(sql.before.get(runId, rows[0]!.cursor));
      let previous = rows[0]!.cursor;
      return rows.map(({ cursor }, i) => {
        if (i > 0) {
          index += count(sql.between.get(runId, previous, cursor));
          previous = cursor;
        }
        return { index, cursor: Number(cursor) };
      });
    },
  };
}
