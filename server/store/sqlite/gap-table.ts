import type { DatabaseSync } from "node:sqlite";
import { Gap } from "@/lib/gaps";

/** The gaps table: stretches of missed live events and what their backfill recovered. */
export function createGapTable(db: DatabaseSync) {
  const sql = {
    upsert: db.prepare(`INSERT INTO gaps (gap_id, gap_from, body) VALUES (?, ?, ?)
      ON CONFLICT (gap_id) DO UPDATE SET body = excluded.body`),
    list: db.prepare("SELECT body FROM gaps ORDER BY gap_from DESC LIMIT ?"),
    lastEventAt: db.prepare("SELECT MAX(ts) AS at FROM events"),
  };
  return {
    async saveGap(gap: Gap) {
      sql.upsert.run(gap.id, gap.from, JSON.stringify(gap));
    },
    async listGaps(limit: number): Promise<Gap[]> {
      return (sql.list.all(limit) as unknown as { body: string }[]).map((r) => Gap.parse(JSON.parse(r.body)));
    },
    async lastEventAt(): Promise<number | null> {
      const at = (sql.lastEventAt.get() as { at: number | null }).at;
      return at === null ? null : Number(at);
    },
  };
}
