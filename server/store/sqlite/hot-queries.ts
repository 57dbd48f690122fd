/**
 * The reads that run on every page view, socket replay and ingest batch. Kept apart so
 * tests/unit/query-plans.test.ts can check each one against SQLite's query planner: they must
 * be answered from an index, never by scanning a table or sorting it.
 */

/** A send id the gateway ran under another id (`route` set) is not a run: not listed, not counted. */
const isRun = (summary = "summary") => `json_extract(${summary}, '$.route') IS NULL`;

const SESSION_SELECT = `
  SELECT s.*, COUNT(r.run_id) AS runs,
         COALESCE(SUM(r.status IN ('queued', 'running')), 0) AS active_runs
  FROM sessions s LEFT JOIN runs r ON r.session_key = s.session_key AND ${isRun("r.summary")}`;

import { MAX_CHAIN } from "../text-deltas";

export const HOT_QUERIES = {
  getRun: "SELECT summary FROM runs WHERE run_id = ?",
  // ?5 agent, ?6 tool name, ?7/?8 started from/until, ?9 has handoffs (1, 0 or null: either).
  listRuns: `SELECT summary, first_cursor FROM runs r
      WHERE (?1 IS NULL OR session_key = ?1) AND (?2 IS NULL OR status = ?2) AND first_cursor < ?3
        AND ${isRun()} AND (?5 IS NULL OR json_extract(summary, '$.agentId') = ?5)
        AND (?6 IS NULL OR EXISTS (SELECT 1 FROM run_tools t WHERE t.run_id = r.run_id AND t.name = ?6))
        AND (?7 IS NULL OR COALESCE(json_extract(summary, '$.startedAt'), json_extract(summary, '$.updatedAt')) >= ?7)
        AND (?8 IS NULL OR COALESCE(json_extract(summary, '$.startedAt'), json_extract(summary, '$.updatedAt')) <= ?8)
        AND (?9 IS NULL OR EXISTS (SELECT 1 FROM run_hops h WHERE h.run_id = r.run_id) = ?9)
      ORDER BY first_cursor DESC LIMIT ?4`,
  hopCounts: "SELECT direction, COUNT(*) AS n FROM run_hops WHERE run_id = ? GROUP BY direction",
  listOpenRuns: `SELECT summary FROM runs WHERE status IN ('queued', 'running') AND ${isRun()} ORDER BY first_cursor LIMIT ?`,
  listEvents:
    "SELECT cursor, run_id, session_key, kind, ts, body FROM events WHERE run_id = ? AND cursor > ? ORDER BY cursor LIMIT ?",
  assistantBefore: `SELECT cursor, run_id, session_key, kind, ts, body FROM events
      WHERE run_id = ? AND cursor < ? AND kind = 'assistant' ORDER BY cursor DESC LIMIT ${MAX_CHAIN + 1}`,
  getSession: `${SESSION_SELECT} WHERE s.session_key = ? GROUP BY s.session_key`,
  listSessions: `${SESSION_SELECT} GROUP BY s.session_key ORDER BY s.last_activity_at DESC NULLS LAST`,
};
