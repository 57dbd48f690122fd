import type { DatabaseSync } from "node:sqlite";

/** Set on every open (not part of the schema's versions). */
const PRAGMAS = `
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
-- A brief lock (a backup, another reader upgrading) is waited for; a long one is an error state.
PRAGMA busy_timeout = 250;
`;

/**
 * The embedded store's schema, versioned: migration i takes `user_version` from i to i + 1,
 * in one transaction. A shipped migration is never edited; a change is the next one. The
 * first is written with IF NOT EXISTS, so files made before versions existed adopt it.
 * `cursor` is the append-only log's global position.
 */
const MIGRATIONS: readonly string[] = [
  `
CREATE TABLE IF NOT EXISTS events (
  cursor INTEGER PRIMARY KEY AUTOINCREMENT,
  dedupe_key TEXT NOT NULL UNIQUE,
  run_id TEXT NOT NULL,
  session_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  ts INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_by_run ON events (run_id, cursor);
CREATE TABLE IF NOT EXISTS runs (
  run_id TEXT PRIMARY KEY,
  first_cursor INTEGER NOT NULL,
  session_key TEXT NOT NULL,
  status TEXT NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS runs_newest ON runs (first_cursor);
CREATE INDEX IF NOT EXISTS runs_by_session ON runs (session_key, first_cursor);
CREATE TABLE IF NOT EXISTS sessions (
  session_key TEXT PRIMARY KEY,
  agent_id TEXT,
  label TEXT,
  display_name TEXT,
  kind TEXT,
  channel TEXT,
  gateway_status TEXT,
  last_activity_at INTEGER
);
CREATE TABLE IF NOT EXISTS hops (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  hop_id TEXT NOT NULL UNIQUE,
  sent_at INTEGER NOT NULL,
  caller_session TEXT NOT NULL,
  target_session TEXT,
  state TEXT NOT NULL,
  facts TEXT NOT NULL,
  hop TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS hops_newest ON hops (sent_at);
CREATE TABLE IF NOT EXISTS dispatches (
  run_id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS policy_notes (
  hop_id TEXT NOT NULL,
  action TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (hop_id, action)
);
CREATE TABLE IF NOT EXISTS send_routes (
  run_id TEXT PRIMARY KEY,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS gaps (
  gap_id TEXT PRIMARY KEY,
  gap_from INTEGER NOT NULL,
  body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS alerts (
  alert_id TEXT PRIMARY KEY,
  at INTEGER NOT NULL,
  body TEXT NOT NULL
);
`,
  `
-- What the runs list filters on besides a run's summary: the tools each run called, and the
-- hops each run sent (out) or ran (in); hops stored before these tables are counted here.
CREATE TABLE IF NOT EXISTS run_tools (
  run_id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (run_id, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS run_hops (
  run_id TEXT NOT NULL,
  hop_id TEXT NOT NULL,
  direction TEXT NOT NULL,
  PRIMARY KEY (run_id, direction, hop_id)
) WITHOUT ROWID;
INSERT OR IGNORE INTO run_hops SELECT json_extract(hop, '$.callerRunId'), hop_id, 'out' FROM hops;
INSERT OR IGNORE INTO run_hops SELECT json_extract(hop, '$.targetRunId'), hop_id, 'in' FROM hops
  WHERE json_extract(hop, '$.targetRunId') IS NOT NULL;
-- The full-text index (SQLite FTS5, decision 071): the searchable words of messages, tool
-- arguments and results, and replies, with where they are. Events stored before it are not indexed.
CREATE VIRTUAL TABLE IF NOT EXISTS event_text USING fts5(
  text, source UNINDEXED, run_id UNINDEXED, session_key UNINDEXED, cursor UNINDEXED, anchor UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 2'
);
`,
];

/** Brings the file's schema up to date; a file from a newer Switchboard is refused. */
export function migrate(db: DatabaseSync): void {
  db.exec(PRAGMAS);
  const { user_version: version } = db.prepare("PRAGMA user_version").get() as { user_version: number };
  if (version > MIGRATIONS.length)
    throw new Error(
      `the database is at schema version ${version}, newer than this Switchboard (${MIGRATIONS.length})`,
    );
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.exec("BEGIN IMMEDIATE");
    db.exec(MIGRATIONS[v]!);
    db.exec(`PRAGMA user_version = ${v + 1}`);
    db.exec("COMMIT");
  }
}
