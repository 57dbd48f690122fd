import assert from "node:assert/strict";
import { DatabaseSync } from "node:sqlite";
import { describe, it } from "node:test";
import { HOT_QUERIES } from "@/server/store/sqlite/hot-queries";
import { migrate } from "@/server/store/sqlite/schema";

/** SQLite's plan for a query, one line per step (`SEARCH events USING INDEX …`). */
function planOf(db: DatabaseSync, sql: string): string[] {
  const numbered = [...sql.matchAll(/\?(\d+)/g)].map((m) => Number(m[1]));
  const count = numbered.length > 0 ? Math.max(...numbered) : (sql.match(/\?/g) ?? []).length;
  const params = Array.from({ length: count }, () => null);
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return rows.map((r) => r.detail);
}

/** Sorts that are fine: over sessions (tens), after counting their runs, never over events. */
const SORT_ALLOWED = new Set(["listSessions"]);

describe("the hot queries are answered from indexes", () => {
  const db = new DatabaseSync(":memory:");
  migrate(db);

  for (const [name, sql] of Object.entries(HOT_QUERIES)) {
    it(`${name}: no table scan without an index, no sort`, () => {
      const plan = planOf(db, sql);
      for (const step of plan) {
        assert.doesNotMatch(step, /^SCAN \w+( AS \w+)?$/, `${name} scans a whole table: ${plan.join(" | ")}`);
        if (!SORT_ALLOWED.has(name))
          assert.doesNotMatch(step, /TEMP B-TREE FOR ORDER BY/, `${name} sorts: ${plan.join(" | ")}`);
      }
    });
  }

  it("a run's events come by the run's index, in cursor order", () => {
    assert.deepEqual(planOf(db, HOT_QUERIES.listEvents), [
      "SEARCH events USING INDEX events_by_run (run_id=? AND cursor>?)",
    ]);
  });
});
