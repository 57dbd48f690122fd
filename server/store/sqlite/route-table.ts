import type { DatabaseSync } from "node:sqlite";
import { RouteFacts } from "@/lib/route-facts";

/** The send routes table: sends a busy session ran under another id, and where they went. */
export function createRouteTable(db: DatabaseSync, transaction: <T>(work: () => T) => T) {
  const sql = {
    upsert: db.prepare(`INSERT INTO send_routes (run_id, body) VALUES (?, ?)
      ON CONFLICT (run_id) DO UPDATE SET body = excluded.body`),
    load: db.prepare("SELECT body FROM send_routes"),
  };
  return {
    async saveRoutes(routes: readonly RouteFacts[]) {
      transaction(() => routes.forEach((r) => sql.upsert.run(r.sendRunId, JSON.stringify(r))));
    },
    async loadRoutes(): Promise<RouteFacts[]> {
      return (sql.load.all() as unknown as { body: string }[]).map((r) =>
        RouteFacts.parse(JSON.parse(r.body)),
      );
    },
  };
}
