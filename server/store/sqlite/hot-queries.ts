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
  listRuns: `SELECT summary, first_cursor FROM runs
      WHERE (?1 IS NULL OR session_key = ?1) AND (?2 IS NULL OR status = ?2) AND first_cursor < ?3
        AND ${isRun()} ORDER BY first_cursor DESC LIMIT ?4`,
  listOpenRuns: `SELECT summary FROM runs WHERE status IN ('queued', 'running') AND ${isRun()} ORDER BY first_cursor LIMIT ?`,
  listEvents:
    "SELECT cursor, run_id, session_key, kind, ts, body FROM events WHERE run_id = ? AND cursor > ? ORDER BY cursor LIMIT ?",
  assistantBefore: `SELECT cursor, run_id, session_key, kind, ts, body FROM events
      WHERE run_id = ? AND cursor < ? AND kind = 'assistant' ORDER BY cursor DESC LIMIT ${MAX_CHAIN + 1}`,
  getSession: `${SESSION_SELECT} WHERE s.session_key = ? GROUP BY s.session_key`,
  listSessions: `${SESSION_SELECT} GROUP BY s.session_key ORDER BY s.last_activity_at DESC NULLS LAST`,
};
