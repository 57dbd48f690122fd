import type { DatabaseSync } from "node:sqlite";
import type { Dispatch } from "@/lib/dispatch";

/** The dispatches table: who sent which run through Switchboard. */
export function createDispatchTable(db: DatabaseSync) {
  const sql = {
    insert: db.prepare("INSERT OR IGNORE INTO dispatches (run_id, idempotency_key, body) VALUES (?, ?, ?)"),
    byKey: db.prepare("SELECT body FROM dispatches WHERE idempotency_key = ?"),
    byRun: db.prepare("SELECT body FROM dispatches WHERE run_id = ?"),
  };
  const parse = (row: unknown) => (row ? (JSON.parse((row as { body: string }).body) as Dispatch) : null);
  return {
    async saveDispatch(dispatch: Dispatch, idempotencyKey: string) {
      sql.insert.run(dispatch.runId, idempotencyKey, JSON.stringify(dispatch));
    },
    async getDispatchByKey(idempotencyKey: string) {
      return parse(sql.byKey.get(idempotencyKey));
    },
    async getDispatch(runId: string) {
      return parse(sql.byRun.get(runId));
    },
  };
}
