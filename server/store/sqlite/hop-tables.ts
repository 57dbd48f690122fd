import type { DatabaseSync } from "node:sqlite";
import type { Alert } from "@/lib/alerts";
import { HopFacts } from "@/lib/hop-facts";
import { Hop, type HopsPage, type HopsQuery } from "@/lib/hops";
import { hopParams } from "../rows";
import type { HopRecord } from "../store";

/** The hops and alerts tables: the handoff side of the embedded store. */
export function createHopTables(db: DatabaseSync, transaction: <T>(work: () => T) => T) {
  const sql = {
    upsertHop:
      db.prepare(`INSERT INTO hops (hop_id, sent_at, caller_session, target_session, state, facts, hop)
      VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hop_id) DO UPDATE SET target_session = excluded.target_session,
      state = excluded.state, facts = excluded.facts, hop = excluded.hop`),
    countHop: db.prepare("INSERT OR IGNORE INTO run_hops (run_id, hop_id, direction) VALUES (?, ?, ?)"),
    loadHops: db.prepare("SELECT facts, hop FROM hops ORDER BY seq"),
    listHops: db.prepare(`SELECT seq, hop FROM hops
      WHERE (?1 IS NULL OR caller_session = ?1 OR target_session = ?1) AND (?2 IS NULL OR state = ?2)
        AND sent_at >= ?3 AND seq < ?4 ORDER BY seq DESC LIMIT ?5`),
    getAlert: db.prepare("SELECT body FROM alerts WHERE alert_id = ?"),
    upsertAlert: db.prepare(`INSERT INTO alerts (alert_id, at, body) VALUES (?, ?, ?)
      ON CONFLICT (alert_id) DO UPDATE SET at = excluded.at, body = excluded.body`),
    listAlerts: db.prepare("SELECT body FROM alerts ORDER BY at DESC LIMIT ?"),
  };

  return {
    async saveHops(records: readonly HopRecord[]) {
      transaction(() => {
        for (const record of records) {
          const { hop } = record;
          sql.upsertHop.run(...hopParams(record));
          sql.countHop.run(hop.callerRunId, hop.hopId, "out");
          if (hop.targetRunId) sql.countHop.run(hop.targetRunId, hop.hopId, "in");
        }
      });
    },
    async loadHops(): Promise<HopRecord[]> {
      const rows = sql.loadHops.all() as unknown as { facts: string; hop: string }[];
      // Parsed, so facts and hops stored by an earlier version get the fields added since.
      return rows.map((r) => ({
        facts: HopFacts.parse(JSON.parse(r.facts)),
        hop: Hop.parse(JSON.parse(r.hop)),
      }));
    },
    async listHops(q: HopsQuery): Promise<HopsPage> {
      const before = q.before ? Number(q.before) : Number.MAX_SAFE_INTEGER;
      const rows = sql.listHops.all(
        q.session ?? null,
        q.state ?? null,
        q.since ?? 0,
        before,
        q.limit + 1,
      ) as unknown as { seq: number; hop: string }[];
      const page = rows.slice(0, q.limit);
      return {
        hops: page.map((r) => Hop.parse(JSON.parse(r.hop))),
        nextCursor: rows.length > q.limit ? String(page.at(-1)!.seq) : null,
      };
    },
    async upsertAlerts(alerts: readonly Alert[]): Promise<Alert[]> {
      return transaction(() =>
        alerts.filter((alert) => {
          const body = JSON.stringify(alert);
          const previous = sql.getAlert.get(alert.alertId) as { body: string } | undefined;
          if (previous?.body === body) return false;
          sql.upsertAlert.run(alert.alertId, alert.at, body);
          return true;
        }),
      );
    },
    async listAlerts(limit: number): Promise<Alert[]> {
      return (sql.listAlerts.all(limit) as unknown as { body: string }[]).map(
        (r) => JSON.parse(r.body) as Alert,
      );
    },
  };
}
