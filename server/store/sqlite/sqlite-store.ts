import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DatabaseSync, type StatementSync } from "node:sqlite";
import type { HopCounts, RunsQuery, RunSummary } from "@/lib/runs";
import { agentIdFromSessionKey, type SessionSummary } from "@/lib/sessions";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import type { RunProjector, SessionRecord, Store } from "../store";
import { createDispatchTable } from "./dispatch-table";
import { createGapTable } from "./gap-table";
import { createHopTables } from "./hop-tables";
import { createRouteTable } from "./route-table";
import { HOT_QUERIES } from "./hot-queries";
import { createRunWindow } from "./run-window";
import { migrate } from "./schema";
import { createSearchIndex } from "./search-index";
import { decodeRow, encodeBody, type EventRow } from "../event-body";
import { sessionParams, toSession, type SessionRow } from "../rows";
import { createTextDeltas, rebuildTexts } from "../text-deltas";

/** The default store: one SQLite file under the data dir, through Node's built-in driver. */
export function createSqliteStore(options: { file: string }): Store {
  if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
  const db = new DatabaseSync(options.file);
  migrate(db);
  const sql = prepareStatements(db);
  const searchIndex = createSearchIndex(db);
  const textDeltas = createTextDeltas();

  function transaction<T>(work: () => T): T {
    db.exec("BEGIN IMMEDIATE");
    try {
      const result = work();
      db.exec("COMMIT");
      return result;
    } catch (error) {
      // A failed COMMIT (disk full) may already have rolled back: keep the real error.
      if (db.isTransaction) db.exec("ROLLBACK");
      textDeltas.forget();
      throw error;
    }
  }

  function insertEvents(drafts: readonly DraftEvent[]): TimelineEvent[] {
    const inserted: TimelineEvent[] = [];
    for (const { dedupeKey, ...event } of drafts) {
      const stored = event.kind === "assistant" ? textDeltas.encode(event) : event;
      const body = encodeBody(stored as Omit<TimelineEvent, "cursor">);
      const result = sql.insertEvent.run(
        dedupeKey,
        event.runId,
        event.sessionKey,
        event.kind,
        Math.round(event.ts),
        body,
      );
      if (result.changes === 0) continue;
      if (event.kind === "tool") sql.insertTool.run(event.runId, event.name);
      if (event.kind === "assistant") textDeltas.stored(event, "text" in stored);
      inserted.push({ ...event, cursor: Number(result.lastInsertRowid) } as TimelineEvent);
    }
    return inserted;
  }

  /** `firstCursors`: each run's earliest event in this batch, its place in the runs list if it is new. */
  function saveRuns(runs: readonly RunSummary[], firstCursors: ReadonlyMap<string, number>): void {
    for (const run of runs) {
      const first = firstCursors.get(run.runId) ?? run.lastCursor;
      sql.upsertRun.run(run.runId, first, run.sessionKey, run.status, JSON.stringify(run));
      sql.ensureSession.run(run.sessionKey, run.agentId ?? agentIdFromSessionKey(run.sessionKey));
      sql.touchSession.run(run.updatedAt, run.sessionKey);
    }
  }

  function loadRuns(ids: Iterable<string>): Map<string, RunSummary> {
    const found = new Map<string, RunSummary>();
    for (const id of ids) {
      const row = sql.getRun.get(id) as { summary: string } | undefined;
      if (row) found.set(id, JSON.parse(row.summary) as RunSummary);
    }
    return found;
  }

  function hopCountsOf(runs: readonly RunSummary[]): Record<string, HopCounts> {
    const counts: Record<string, HopCounts> = {};
    for (const { runId } of runs) {
      const rows = sql.hopCounts.all(runId) as { direction: "in" | "out"; n: number }[];
      if (rows.length === 0) continue;
      counts[runId] = { out: 0, in: 0 };
      for (const r of rows) counts[runId][r.direction] = Number(r.n);
    }
    return counts;
  }
  /** A run's assistant steps before a cursor, newest first: back to the last whole text at most. */
  function stepsBefore(runId: string, cursor: number) {
    const rows = sql.assistantBefore.all(runId, cursor) as unknown as EventRow[];
    return rows.map((row) => decodeRow(row) as Extract<TimelineEvent, { kind: "assistant" }>);
  }

  function sessionSummary(key: string): SessionSummary | null {
    const row = sql.getSession.get(key) as unknown as SessionRow | undefined;
    return row ? toSession(row) : null;
  }

  return {
    ...createHopTables(db, transaction),
    ...createDispatchTable(db),
    ...createRouteTable(db, transaction),
    ...createRunWindow(db, stepsBefore),
    ...createGapTable(db),
    kind: "sqlite",
    search: searchIndex.search,
    async commitBatch(drafts, project: RunProjector) {
      return transaction(() => {
        const events = insertEvents(drafts);
        searchIndex.index(events);
        const firstCursors = new Map<string, number>();
        for (const e of events)
          if (e.runId && !firstCursors.has(e.runId)) firstCursors.set(e.runId, e.cursor);
        const runs = project(loadRuns(firstCursors.keys()), events);
        saveRuns(runs, firstCursors);
        return { events, runs };
      });
    },
    async upsertSessions(records: readonly SessionRecord[]) {
      transaction(() => records.forEach((r) => sql.upsertSession.run(...sessionParams(r))));
      return records.map((r) => sessionSummary(r.sessionKey)).filter((s): s is SessionSummary => s !== null);
    },
    async getRun(runId) {
      return loadRuns([runId]).get(runId) ?? null;
    },
    async listOpenRuns(limit) {
      const rows = sql.listOpenRuns.all(limit) as unknown as { summary: string }[];
      return rows.map((r) => JSON.parse(r.summary) as RunSummary);
    },
    async listRuns(query: RunsQuery) {
      const before = query.before ? Number(query.before) : Number.MAX_SAFE_INTEGER;
      if (!Number.isSafeInteger(before)) return { runs: [], nextCursor: null, hops: {} };
      const handoffs = query.handoffs === undefined ? null : query.handoffs === "yes" ? 1 : 0;
      const rows = sql.listRuns.all(
        query.session ?? null,
        query.status ?? null,
        before,
        query.limit + 1,
        query.agent ?? null,
        query.tool ?? null,
        query.since ?? null,
        query.until ?? null,
        handoffs,
      ) as { summary: string; first_cursor: number }[];
      const page = rows.slice(0, query.limit);
      const last = page.at(-1);
      const runs = page.map((r) => JSON.parse(r.summary) as RunSummary);
      return {
        runs,
        nextCursor: rows.length > query.limit && last ? String(last.first_cursor) : null,
        hops: hopCountsOf(runs),
      };
    },
    async listEvents(runId, after, limit) {
      const rows = sql.listEvents.all(runId, after, limit + 1) as unknown as EventRow[];
      const decoded = rows.slice(0, limit).map(decodeRow);
      const events = await rebuildTexts(decoded, (c) => stepsBefore(runId, c));
      return { events, nextAfter: rows.length > limit ? (events.at(-1)?.cursor ?? null) : null };
    },
    async getSession(key) {
      return sessionSummary(key);
    },
    async listSessions() {
      return (sql.listSessions.all() as unknown as SessionRow[]).map(toSession);
    },
    async countEvents() {
      return Number((sql.countEvents.get() as { n: number }).n);
    },
    async close() {
      db.close();
    },
  };
}

function prepareStatements(db: DatabaseSync) {
  return {
    insertEvent: db.prepare(
      "INSERT OR IGNORE INTO events (dedupe_key, run_id, session_key, kind, ts, body) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    // first_cursor is set once, on the run's first event: the order of the runs list.
    upsertRun:
      db.prepare(`INSERT INTO runs (run_id, first_cursor, session_key, status, summary) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (run_id) DO UPDATE SET session_key = excluded.session_key, status = excluded.status, summary = excluded.summary`),
    getRun: db.prepare(HOT_QUERIES.getRun),
    listRuns: db.prepare(HOT_QUERIES.listRuns),
    listOpenRuns: db.prepare(HOT_QUERIES.listOpenRuns),
    listEvents: db.prepare(HOT_QUERIES.listEvents),
    assistantBefore: db.prepare(HOT_QUERIES.assistantBefore),
    countEvents: db.prepare("SELECT COUNT(*) AS n FROM events"),
    ensureSession: db.prepare("INSERT OR IGNORE INTO sessions (session_key, agent_id) VALUES (?, ?)"),
    touchSession: db.prepare(
      "UPDATE sessions SET last_activity_at = MAX(COALESCE(last_activity_at, 0), ?) WHERE session_key = ?",
    ),
    upsertSession: db.prepare(`INSERT INTO sessions VALUES (?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (session_key) DO UPDATE SET
        agent_id = COALESCE(excluded.agent_id, agent_id), label = COALESCE(excluded.label, label),
        display_name = COALESCE(excluded.display_name, display_name), kind = COALESCE(excluded.kind, kind),
        channel = COALESCE(excluded.channel, channel), gateway_status = COALESCE(excluded.gateway_status, gateway_status),
        last_activity_at = MAX(COALESCE(last_activity_at, 0), COALESCE(excluded.last_activity_at, 0))`),
    getSession: db.prepare(HOT_QUERIES.getSession),
    listSessions: db.prepare(HOT_QUERIES.listSessions),
    hopCounts: db.prepare(HOT_QUERIES.hopCounts),
    insertTool: db.prepare("INSERT OR IGNORE INTO run_tools (run_id, name) VALUES (?, ?)"),
  } satisfies Record<string, StatementSync>;
}
