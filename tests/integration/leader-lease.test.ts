import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { createLeaderLease, type LeaderLease } from "@/server/cluster/leader-lease";
import { createTestDatabase, ensurePostgres, queryDatabase } from "../support/postgres";
import { until } from "../support/until";

describe("the leader lease on PostgreSQL", () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const leases: LeaderLease[] = [];
  const changes: string[] = [];
  const lease = (id: string) => {
    const l = createLeaderLease({
      url: db.url,
      instanceId: id,
      intervalMs: 200,
      log: () => {},
      onChange: (leader) => changes.push(`${id}:${leader ? "leader" : "standby"}`),
    });
    leases.push(l);
    l.start();
    return l;
  };
  before(async () => {
    ensurePostgres();
    db = await createTestDatabase();
  });
  after(async () => {
    for (const l of leases) await l.stop();
    await db.drop();
  });

  const leaders = () => leases.filter((l) => l.isLeader()).length;

  it("has exactly one holder; a holder whose session dies steps down, and a standby takes over when the holder goes", async (t) => {
    const a = lease("a");
    await until(
      () => a.isLeader(),
      (held) => held,
      "a to lead",
    );
    const b = lease("b");
    await new Promise((r) => setTimeout(r, 600));
    assert.deepEqual([a.isLeader(), b.isLeader()], [true, false]);
    // The holder's session dies (a lost network, a restarted database): it steps down at once.
    await queryDatabase(
      db.url,
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'switchboard a'",
    );
    await until(
      () => changes,
      (c) => c.includes("a:standby"),
      "a to step down",
    );
    await until(leaders, (n) => n === 1, "one leader again", 10_000);
    // The holder's process goes: its connection closes with it, and the other takes over.
    const holder = a.isLeader() ? a : b;
    const other = holder === a ? b : a;
    const started = Date.now();
    await holder.stop();
    await until(
      () => other.isLeader(),
      (held) => held,
      "the standby to take over",
      10_000,
    );
    t.diagnostic(`took over in ${Date.now() - started} ms`);
    await new Promise((r) => setTimeout(r, 600));
    assert.equal(leaders(), 1);
  });
});
