import type { EventRow } from "../event-body";
import { MAX_CHAIN } from "../text-deltas";

/** A send id the gateway ran under another id (`route` set) is not a run: not listed, not counted. */
const IS_RUN = "r.summary->>'route' IS NULL";

const SESSION_SELECT = `
  SELECT s.*, COUNT(r.run_id) AS runs,
         COUNT(r.run_id) FILTER (WHERE r.status IN ('queued', 'running')) AS active_runs
  FROM sessions s LEFT JOIN runs r ON r.session_key = s.session_key AND ${IS_RUN}`;

/** When a run started, or, before its start is known, was last updated. */
const STARTED = "COALESCE((r.summary->>'startedAt')::numeric, (r.summary->>'updatedAt')::numeric)";

const EVENT_COLUMNS = "cursor, run_id, session_key, kind, ts, body, packed";

/** The PostgreSQL forms of the embedded store's hot queries (sqlite/hot-queries.ts), same indexes. */
export const QUERIES = {
  getRuns: "SELECT run_id, summary FROM runs WHERE run_id = ANY($1)",
  // $5 agent, $6 tool name, $7/$8 started from/until, $9 has handoffs (true, false or null: either).
  listRuns: `SELECT summary, first_cursor FROM runs r
      WHERE ($1::text IS NULL OR session_key = $1) AND ($2::text IS NULL OR status = $2) AND first_cursor < $3
        AND ${IS_RUN} AND ($5::text IS NULL OR r.summary->>'agentId' = $5)
        AND ($6::text IS NULL OR EXISTS (SELECT 1 FROM run_tools t WHERE t.run_id = r.run_id AND t.name = $6))
        AND ($7::numeric IS NULL OR ${STARTED} >= $7) AND ($8::numeric IS NULL OR ${STARTED} <= $8)
        AND ($9::boolean IS NULL OR EXISTS (SELECT 1 FROM run_hops h WHERE h.run_id = r.run_id) = $9)
      ORDER BY first_cursor DESC LIMIT $4`,
  hopCounts:
    "SELECT run_id, direction, COUNT(*) AS n FROM run_hops WHERE run_id = ANY($1) GROUP BY run_id, direction",
  listOpenRuns: `SELECT summary FROM runs r WHERE status IN ('queued', 'running') AND ${IS_RUN}
      ORDER BY first_cursor LIMIT $1`,
  listEvents: `SELECT ${EVENT_COLUMNS} FROM events WHERE run_id = $1 AND cursor > $2 ORDER BY cursor LIMIT $3`,
  eventsAt: `SELECT ${EVENT_COLUMNS} FROM events WHERE run_id = $1 ORDER BY cursor LIMIT $2 OFFSET $3`,
  assistantBefore: `SELECT ${EVENT_COLUMNS} FROM events
      WHERE run_id = $1 AND cursor < $2 AND kind = 'assistant' ORDER BY cursor DESC LIMIT ${MAX_CHAIN + 1}`,
  countRunEvents: "SELECT COUNT(*) AS n, COALESCE(MAX(cursor), 0) AS last FROM events WHERE run_id = $1",
  getSession: `${SESSION_SELECT} WHERE s.session_key = $1 GROUP BY s.session_key`,
  listSessions: `${SESSION_SELECT} GROUP BY s.session_key ORDER BY s.last_activity_at DESC NULLS LAST`,
};

/** A row as PostgreSQL gives it: the body in `body`, or deflated in `packed`. */
export interface PgEventRow extends Omit<EventRow, "body"> {
  body: string | null;
  packed: Uint8Array | null;
}

export const toEventRow = (row: PgEventRow): EventRow => ({ ...row, body: row.packed ?? row.body ?? "" });
