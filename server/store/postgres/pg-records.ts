import type { Alert } from "@/lib/alerts";
import type { Dispatch } from "@/lib/dispatch";
import { Gap } from "@/lib/gaps";
import { HopFacts } from "@/lib/hop-facts";
import { Hop, type HopsPage, type HopsQuery } from "@/lib/hops";
import type { PolicyNote } from "@/lib/policies";
import { RouteFacts } from "@/lib/route-facts";
import { hopParams } from "../rows";
import type { HopRecord } from "../store";
import type { PgTransaction } from "./pg-store";
import type { Query } from "./pool";

type Body = { body: string };
const bodies = <T>(rows: Body[], parse: (json: unknown) => T = (json) => json as T): T[] =>
  rows.map((r) => parse(JSON.parse(r.body)));

/** Hops, alerts, dispatches, policy notes (the outbox), send routes and gaps on PostgreSQL. */
export function createPgRecords(query: Query, transaction: PgTransaction) {
  return {
    async saveHops(records: readonly HopRecord[]) {
      await transaction(async (q) => {
        for (const record of records) {
          const { hop } = record;
          await q(
            `INSERT INTO hops (hop_id, sent_at, caller_session, target_session, state, facts, hop)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (hop_id) DO UPDATE SET target_session = excluded.target_session,
             state = excluded.state, facts = excluded.facts, hop = excluded.hop`,
            [...hopParams(record)],
          );
          // The runs list's hop counts and its "with handoffs" filter.
          await q(
            `INSERT INTO run_hops (run_id, hop_id, direction)
             SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING`,
            [
              [hop.callerRunId, ...(hop.targetRunId ? [hop.targetRunId] : [])],
              [hop.hopId, hop.hopId].slice(0, hop.targetRunId ? 2 : 1),
              ["out", "in"].slice(0, hop.targetRunId ? 2 : 1),
            ],
          );
        }
      });
    },
    async loadHops(): Promise<HopRecord[]> {
      const rows = await query<{ facts: string; hop: string }>("SELECT facts, hop FROM hops ORDER BY seq");
      return rows.map((r) => ({
        facts: HopFacts.parse(JSON.parse(r.facts)),
        hop: Hop.parse(JSON.parse(r.hop)),
      }));
    },
    async listHops(q: HopsQuery): Promise<HopsPage> {
      const before = q.before ? Number(q.before) : Number.MAX_SAFE_INTEGER;
      const rows = await query<{ seq: number; hop: string }>(
        `SELECT seq, hop FROM hops
         WHERE ($1::text IS NULL OR caller_session = $1 OR target_session = $1) AND ($2::text IS NULL OR state = $2)
           AND sent_at >= $3 AND seq < $4 ORDER BY seq DESC LIMIT $5`,
        [q.session ?? null, q.state ?? null, q.since ?? 0, before, q.limit + 1],
      );
      const page = rows.slice(0, q.limit);
      return {
        hops: page.map((r) => Hop.parse(JSON.parse(r.hop))),
        nextCursor: rows.length > q.limit ? String(page.at(-1)!.seq) : null,
      };
    },
    async upsertAlerts(alerts: readonly Alert[]): Promise<Alert[]> {
      return transaction(async (q) => {
        const changed: Alert[] = [];
        for (const alert of alerts) {
          const body = JSON.stringify(alert);
          const [previous] = await q<Body>("SELECT body FROM alerts WHERE alert_id = $1", [alert.alertId]);
          if (previous?.body === body) continue;
          await q(
            `INSERT INTO alerts (alert_id, at, body) VALUES ($1, $2, $3)
             ON CONFLICT (alert_id) DO UPDATE SET at = excluded.at, body = excluded.body`,
            [alert.alertId, alert.at, body],
          );
          changed.push(alert);
        }
        return changed;
      });
    },
    async listAlerts(limit: number): Promise<Alert[]> {
      return bodies<Alert>(await query<Body>("SELECT body FROM alerts ORDER BY at DESC LIMIT $1", [limit]));
    },
    async saveDispatch(dispatch: Dispatch, idempotencyKey: string) {
      await query(
        "INSERT INTO dispatches (run_id, idempotency_key, body) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
        [dispatch.runId, idempotencyKey, JSON.stringify(dispatch)],
      );
    },
    async getDispatchByKey(idempotencyKey: string) {
      const rows = await query<Body>("SELECT body FROM dispatches WHERE idempotency_key = $1", [
        idempotencyKey,
      ]);
      return bodies<Dispatch>(rows)[0] ?? null;
    },
    async getDispatch(runId: string) {
      return (
        bodies<Dispatch>(await query<Body>("SELECT body FROM dispatches WHERE run_id = $1", [runId]))[0] ??
        null
      );
    },
    async savePolicyNote(hopId: string, note: PolicyNote) {
      await query(
        `INSERT INTO policy_notes (hop_id, action, body) VALUES ($1, $2, $3)
         ON CONFLICT (hop_id, action) DO UPDATE SET body = excluded.body`,
        [hopId, note.action, JSON.stringify(note)],
      );
    },
    async getPolicyNotes(hopId: string) {
      const rows = await query<Body>("SELECT body FROM policy_notes WHERE hop_id = $1 ORDER BY seq", [hopId]);
      return bodies<PolicyNote>(rows);
    },
    async saveRoutes(routes: readonly RouteFacts[]) {
      await transaction(async (q) => {
        for (const r of routes)
          await q(
            `INSERT INTO send_routes (run_id, body) VALUES ($1, $2)
             ON CONFLICT (run_id) DO UPDATE SET body = excluded.body`,
            [r.sendRunId, JSON.stringify(r)],
          );
      });
    },
    async loadRoutes(): Promise<RouteFacts[]> {
      return bodies(await query<Body>("SELECT body FROM send_routes"), (json) => RouteFacts.parse(json));
    },
    async saveGap(gap: Gap) {
      await query(
        `INSERT INTO gaps (gap_id, gap_from, body) VALUES ($1, $2, $3)
         ON CONFLICT (gap_id) DO UPDATE SET body = excluded.body`,
        [gap.id, gap.from, JSON.stringify(gap)],
      );
    },
    async listGaps(limit: number): Promise<Gap[]> {
      const rows = await query<Body>("SELECT body FROM gaps ORDER BY gap_from DESC LIMIT $1", [limit]);
      return bodies(rows, (json) => Gap.parse(json));
    },
    async lastEventAt(): Promise<number | null> {
      return (await query<{ at: number | null }>("SELECT MAX(ts) AS at FROM events"))[0]!.at;
    },
  };
}
