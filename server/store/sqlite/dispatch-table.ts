import type { DatabaseSync } from "node:sqlite";
import type { Dispatch } from "@/lib/dispatch";
import type { PolicyNote } from "@/lib/policies";

/** The dispatches and policy notes tables: what Switchboard itself did, for the audit trail. */
export function createDispatchTable(db: DatabaseSync) {
  const sql = {
    upsertNote: db.prepare(`INSERT INTO policy_notes (hop_id, action, body) VALUES (?, ?, ?)
      ON CONFLICT (hop_id, action) DO UPDATE SET body = excluded.body`),
    notes: db.prepare("SELECT body FROM policy_notes WHERE hop_id = ? ORDER BY rowid"),
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
    async savePolicyNote(hopId: string, note: PolicyNote) {
      sql.upsertNote.run(hopId, note.action, JSON.stringify(note));
    },
    async getPolicyNotes(hopId: string) {
      return (sql.notes.all(hopId) as unknown as { body: string }[]).map(
        (r) => JSON.parse(r.body) as PolicyNote,
      );
    },
  };
}
