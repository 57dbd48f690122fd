import type { HopCounts, RunSummary } from "@/lib/runs";
import { agentIdFromSessionKey } from "@/lib/sessions";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import { decodeRow, encodeBody } from "../event-body";
import { sessionParams, toSession, type SessionRow } from "../rows";
import type { SessionRecord, Store } from "../store";
import { createTextDeltas, rebuildTexts } from "../text-deltas";
import { openMigratedPool } from "./migrations";
import { createPgRecords } from "./pg-records";
import { createPgRunWindow } from "./pg-run-window";
import { createPgSearch } from "./pg-search";
import { inTransaction, poolQuery, type Query } from "./pool";
import { QUERIES, toEventRow, type PgEventRow } from "./queries";

/** Event writers take this lock per batch: cursors are then committed in the order they were given. */
const EVENT_WRITER_LOCK = 0x5357_0002;

type Assistant = Extract<TimelineEvent, { kind: "assistant" }>;

/**
 * The store on PostgreSQL, for several instances sharing one database: the same contract,
 * idempotency and event format (deltas, deflated bodies) as the embedded store. Migrations
 * run before it answers.
 */
export async function createPostgresStore(options: { url: string }): Promise<Store> {
  const pool = await openMigratedPool(options.url);
  const query = poolQuery(pool);
  const textDeltas = createTextDeltas();
  const searchIndex = createPgSearch(query);
  const transaction = <T>(work: (q: Query) => Promise<T>) => inTransaction(pool, work, textDeltas.forget);

  async function insertEvents(q: Query, drafts: readonly DraftEvent[]): Promise<TimelineEvent[]> {
    if (drafts.length === 0) return [];
    await q("SELECT pg_advisory_xact_lock($1)", [EVENT_WRITER_LOCK]);
    const existing = await q<{ dedupe_key: string }>(
      "SELECT dedupe_key FROM events WHERE dedupe_key = ANY($1)",
      [drafts.map((d) => d.dedupeKey)],
    );
    const seen = new Set(existing.map((r) => r.dedupe_key));
    const fresh: Omit<TimelineEvent, "cursor">[] = [];
    const columns: unknown[][] = [[], [], [], [], [], [], []];
    for (const { dedupeKey, ...event } of drafts) {
      if (seen.has(dedupeKey)) continue;
      seen.add(dedupeKey);
      const stored = event.kind === "assistant" ? textDeltas.encode(event) : event;
      // A failed transaction forgets this (inTransaction's onRollback).
      if (event.kind === "assistant") textDeltas.stored(event, "text" in stored);
      const body = encodeBody(stored as Omit<TimelineEvent, "cursor">);
      const packed = typeof body === "string" ? null : Buffer.from(body);
      const row = [
        dedupeKey,
        event.runId,
        event.sessionKey,
        event.kind,
        Math.round(event.ts),
        packed ? null : body,
        packed,
      ];
      row.forEach((value, i) => columns[i]!.push(value));
      fresh.push(event);
    }
    if (fresh.length === 0) return [];
    const inserted = await q<{ cursor: number }>(
      `INSERT INTO events (dedupe_key, run_id, session_key, kind, ts, body, packed)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::bytea[])
       RETURNING cursor`,
      columns,
    );
    // Under the writer lock nobody else inserts, so every fresh event was inserted, in order.
    const events = fresh.map((event, i) => ({ ...event, cursor: inserted[i]!.cursor }) as TimelineEvent);
    const tools = new Set(events.flatMap((e) => (e.kind === "tool" ? [`${e.runId}\n${e.name}`] : [])));
    if (tools.size > 0)
      await q("INSERT INTO run_tools SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING", [
        [...tools].map((t) => t.split("\n")[0]),
        [...tools].map((t) => t.split("\n")[1]),
      ]);
    await searchIndex.index(q, events);
    return events;
  }

  async function loadRuns(q: Query, ids: string[]): Promise<Map<string, RunSummary>> {
    const rows = await q<{ run_id: string; summary: RunSummary }>(QUERIES.getRuns, [ids]);
    return new Map(rows.map((r) => [r.run_id, r.summary]));
  }

  async function saveRuns(q: Query, runs: readonly RunSummary[], firstCursors: ReadonlyMap<string, number>) {
    if (runs.length === 0) return;
    await q(
      `INSERT INTO runs (run_id, first_cursor, session_key, status, summary)
       SELECT id, first, session, status, summary::jsonb
       FROM unnest($1::text[], $2::bigint[], $3::text[], $4::text[], $5::text[]) AS t(id, first, session, status, summary)
       ON CONFLICT (run_id) DO UPDATE SET session_key = excluded.session_key, status = excluded.status, summary = excluded.summary`,
      [
        runs.map((r) => r.runId),
        runs.map((r) => firstCursors.get(r.runId) ?? r.lastCursor),
        runs.map((r) => r.sessionKey),
        runs.map((r) => r.status),
        runs.map((r) => JSON.stringify(r)),
      ],
    );
    // One row per session (a statement may not update a row twice): its agent and newest activity.
    const sessions = new Map<string, { agentId: string | null; at: number }>();
    for (const r of runs) {
      const at = Math.max(sessions.get(r.sessionKey)?.at ?? 0, r.updatedAt);
      sessions.set(r.sessionKey, { agentId: r.agentId ?? agentIdFromSessionKey(r.sessionKey), at });
    }
    await q(
      `INSERT INTO sessions (session_key, agent_id, last_activity_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[])
       ON CONFLICT (session_key) DO UPDATE
       SET last_activity_at = GREATEST(COALESCE(sessions.last_activity_at, 0), excluded.last_activity_at)`,
      [
        [...sessions.keys()],
        [...sessions.values()].map((s) => s.agentId),
        [...sessions.values()].map((s) => s.at),
      ],
    );
  }

  async function stepsBefore(runId: string, cursor: number): Promise<Assistant[]> {
    const rows = await query<PgEventRow>(QUERIES.assistantBefore, [runId, cursor]);
    return rows.map((row) => decodeRow(toEventRow(row)) as Assistant);
  }

  async function hopCountsOf(runs: readonly RunSummary[]): Promise<Record<string, HopCounts>> {
    const rows = await query<{ run_id: string; direction: "in" | "out"; n: number }>(QUERIES.hopCounts, [
      runs.map((r) => r.runId),
    ]);
    const counts: Record<string, HopCounts> = {};
    for (const r of rows) (counts[r.run_id] ??= { out: 0, in: 0 })[r.direction] = r.n;
    return counts;
  }

  async function sessionSummary(key: string) {
    const [row] = await query<SessionRow>(QUERIES.getSession, [key]);
    return row ? toSession(row) : null;
  }

  return {
    ...createPgRecords(query, transaction),
    ...createPgRunWindow(query, stepsBefore),
    kind: "postgres",
    search: searchIndex.search,
    async commitBatch(drafts, project) {
      return transaction(async (q) => {
        const events = await insertEvents(q, drafts);
        const firstCursors = new Map<string, number>();
        for (const e of events)
          if (e.runId && !firstCursors.has(e.runId)) firstCursors.set(e.runId, e.cursor);
        const runs = project(await loadRuns(q, [...firstCursors.keys()]), events);
        await saveRuns(q, runs, firstCursors);
        return { events, runs };
      });
    },
    async upsertSessions(records: readonly SessionRecord[]) {
      await transaction(async (q) => {
        for (const r of records) await q(UPSERT_SESSION, [...sessionParams(r)]);
      });
      const found = await Promise.all(records.map((r) => sessionSummary(r.sessionKey)));
      return found.filter((s) => s !== null);
    },
    async getRun(runId) {
      return (await loadRuns(query, [runId])).get(runId) ?? null;
    },
    async listOpenRuns(limit) {
      return (await query<{ summary: RunSummary }>(QUERIES.listOpenRuns, [limit])).map((r) => r.summary);
    },
    async listRuns(q) {
      const before = q.before ? Number(q.before) : Number.MAX_SAFE_INTEGER;
      if (!Number.isSafeInteger(before)) return { runs: [], nextCursor: null, hops: {} };
      const handoffs = q.handoffs === undefined ? null : q.handoffs === "yes";
      const rows = await query<{ summary: RunSummary; first_cursor: number }>(QUERIES.listRuns, [
        q.session ?? null,
        q.status ?? null,
        before,
        q.limit + 1,
        q.agent ?? null,
        q.tool ?? null,
        q.since ?? null,
        q.until ?? null,
        handoffs,
      ]);
      const page = rows.slice(0, q.limit);
      const runs = page.map((r) => r.summary);
      return {
        runs,
        nextCursor: rows.length > q.limit ? String(page.at(-1)!.first_cursor) : null,
        hops: await hopCountsOf(runs),
      };
    },
    async listEvents(runId, after, limit) {
      const rows = await query<PgEventRow>(QUERIES.listEvents, [runId, after, limit + 1]);
      const events = await rebuildTexts(
        rows.slice(0, limit).map((r) => decodeRow(toEventRow(r))),
        (c) => stepsBefore(runId, c),
      );
      return { events, nextAfter: rows.length > limit ? (events.at(-1)?.cursor ?? null) : null };
    },
    getSession: sessionSummary,
    async listSessions() {
      return (await query<SessionRow>(QUERIES.listSessions)).map(toSession);
    },
    async countEvents() {
      return (await query<{ n: number }>("SELECT COUNT(*) AS n FROM events"))[0]!.n;
    },
    async close() {
      await pool.end();
    },
  };
}

export type PgTransaction = <T>(work: (q: Query) => Promise<T>) => Promise<T>;

const UPSERT_SESSION = `INSERT INTO sessions VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  ON CONFLICT (session_key) DO UPDATE SET
    agent_id = COALESCE(excluded.agent_id, sessions.agent_id), label = COALESCE(excluded.label, sessions.label),
    display_name = COALESCE(excluded.display_name, sessions.display_name), kind = COALESCE(excluded.kind, sessions.kind),
    channel = COALESCE(excluded.channel, sessions.channel),
    gateway_status = COALESCE(excluded.gateway_status, sessions.gateway_status),
    last_activity_at = GREATEST(COALESCE(sessions.last_activity_at, 0), COALESCE(excluded.last_activity_at, 0))`;
