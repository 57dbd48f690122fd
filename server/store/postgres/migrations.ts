import type { Pool } from "pg";
import { createPool } from "./pool";

/**
 * The PostgreSQL store's schema, versioned like the embedded one's (sqlite/schema.ts): each
 * entry is one version, applied once, in order, and recorded in `schema_migrations`. A shipped
 * migration is never edited; a change is the next one. Bodies are text, or deflated bytes in
 * `packed` (event-body.ts); `cursor` is the log's global position.
 */
const MIGRATIONS: readonly string[] = [
  `
CREATE TABLE events (
  cursor BIGSERIAL PRIMARY KEY,
  dedupe_key TEXT NOT NULL UNIQUE,
  run_id TEXT NOT NULL,
  session_key TEXT NOT NULL,
  kind TEXT NOT NULL,
  ts BIGINT NOT NULL,
  body TEXT,
  packed BYTEA,
  CHECK ((body IS NULL) <> (packed IS NULL))
);
CREATE INDEX events_by_run ON events (run_id, cursor);
CREATE INDEX events_by_ts ON events (ts);
CREATE TABLE runs (
  run_id TEXT PRIMARY KEY,
  first_cursor BIGINT NOT NULL,
  session_key TEXT NOT NULL,
  status TEXT NOT NULL,
  summary JSONB NOT NULL
);
CREATE INDEX runs_newest ON runs (first_cursor);
CREATE INDEX runs_by_session ON runs (session_key, first_cursor);
CREATE TABLE sessions (
  session_key TEXT PRIMARY KEY,
  agent_id TEXT,
  label TEXT,
  display_name TEXT,
  kind TEXT,
  channel TEXT,
  gateway_status TEXT,
  last_activity_at BIGINT
);
CREATE TABLE hops (
  seq BIGSERIAL PRIMARY KEY,
  hop_id TEXT NOT NULL UNIQUE,
  sent_at BIGINT NOT NULL,
  caller_session TEXT NOT NULL,
  target_session TEXT,
  state TEXT NOT NULL,
  facts TEXT NOT NULL,
  hop TEXT NOT NULL
);
CREATE INDEX hops_newest ON hops (sent_at);
CREATE TABLE dispatches (
  run_id TEXT PRIMARY KEY,
  idempotency_key TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL
);
CREATE TABLE policy_notes (
  seq BIGSERIAL,
  hop_id TEXT NOT NULL,
  action TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (hop_id, action)
);
CREATE TABLE send_routes (
  run_id TEXT PRIMARY KEY,
  body TEXT NOT NULL
);
CREATE TABLE gaps (
  gap_id TEXT PRIMARY KEY,
  gap_from BIGINT NOT NULL,
  body TEXT NOT NULL
);
CREATE TABLE alerts (
  alert_id TEXT PRIMARY KEY,
  at BIGINT NOT NULL,
  body TEXT NOT NULL
);
`,
  // Sign-ins, API tokens and the audit log, shared by every instance (SQLite keeps them in auth.db).
  `
CREATE TABLE auth_sessions (
  secret_hash TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE TABLE auth_api_tokens (
  seq BIGSERIAL,
  id TEXT PRIMARY KEY,
  secret_hash TEXT NOT NULL UNIQUE,
  body TEXT NOT NULL
);
CREATE TABLE auth_audit (
  id BIGSERIAL PRIMARY KEY,
  at BIGINT NOT NULL,
  action TEXT NOT NULL,
  body TEXT NOT NULL
);
`,
  // What the runs list filters on (the tools each run called, the hops it sent or ran), and the
  // full-text index of messages, tool arguments and results, and replies (PostgreSQL's own).
  `
CREATE TABLE run_tools (
  run_id TEXT NOT NULL,
  name TEXT NOT NULL,
  PRIMARY KEY (run_id, name)
);
CREATE TABLE run_hops (
  run_id TEXT NOT NULL,
  hop_id TEXT NOT NULL,
  direction TEXT NOT NULL,
  PRIMARY KEY (run_id, direction, hop_id)
);
INSERT INTO run_hops SELECT hop::jsonb->>'callerRunId', hop_id, 'out' FROM hops ON CONFLICT DO NOTHING;
INSERT INTO run_hops SELECT hop::jsonb->>'targetRunId', hop_id, 'in' FROM hops
  WHERE hop::jsonb->>'targetRunId' IS NOT NULL ON CONFLICT DO NOTHING;
CREATE TABLE event_text (
  cursor BIGINT PRIMARY KEY,
  run_id TEXT NOT NULL,
  session_key TEXT NOT NULL,
  source TEXT NOT NULL,
  anchor TEXT,
  text TEXT NOT NULL,
  tsv TSVECTOR GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX event_text_search ON event_text USING GIN (tsv);
`,
];

/** Any instance may start first: the lock makes the others wait, then find nothing left to do. */
const MIGRATION_LOCK = 0x5357_0001;

/** Brings the database's schema up to date, all in one transaction; a newer database is refused. */
async function migrate(pool: Pool): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
    await client.query(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())",
    );
    const { rows } = await client.query<{ v: number | null }>(
      "SELECT MAX(version) AS v FROM schema_migrations",
    );
    const version = rows[0]?.v ?? 0;
    if (version > MIGRATIONS.length)
      throw new Error(
        `the database is at schema version ${version}, newer than this Switchboard (${MIGRATIONS.length})`,
      );
    for (let v = version; v < MIGRATIONS.length; v++) {
      await client.query(MIGRATIONS[v]!);
      await client.query("INSERT INTO schema_migrations (version) VALUES ($1)", [v + 1]);
    }
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** A pool on `url` whose database is migrated; closed again when migrating fails. */
export async function openMigratedPool(url: string, max?: number): Promise<Pool> {
  const pool = createPool(url, max);
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}
