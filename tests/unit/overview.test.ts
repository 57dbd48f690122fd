import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Alert } from "@/lib/alerts";
import { buildOverview } from "@/lib/overview";
import { createActivityMeter } from "@/server/timeline/activity-meter";
import { hop, run } from "./helpers/hops";

const NOW = 10 * 60 * 60 * 1000;
const alert = (alertId: string, kind: Alert["kind"], at: number, endedAt: number | null = null): Alert => ({
  alertId,
  kind,
  rootRunId: "root",
  hopId: null,
  message: alertId,
  sessions: [],
  at,
  breaksAt: null,
  endedAt,
});

describe("the overview", () => {
  it("sorts hops into in flight, caller released and failed, newest first", () => {
    const o = buildOverview({
      now: NOW,
      openRuns: [run("r1", "a", { status: "running", endedAt: null })],
      failedRuns: [
        run("old", "a", { status: "failed", endedAt: NOW - 2 * 3600_000 }),
        run("f", "a", { status: "failed", endedAt: NOW - 60_000 }),
      ],
      hops: [
        hop("h1", ["r1", "a"], [null, "b"], "sent", { timestamps: { sentAt: NOW - 5000 } }),
        hop("h2", ["r1", "a"], ["t", "b"], "queued", { timestamps: { sentAt: NOW - 1000 } }),
        hop("h3", ["r1", "a"], ["t", "b"], "caller_released"),
        hop("h4", ["r1", "a"], [null, null], "rejected"),
        hop("h5", ["r1", "a"], ["t", "b"], "replied"),
      ],
      alerts: [
        alert("dl", "deadlock", NOW - 10),
        alert("gone", "deadlock", NOW - 10, NOW),
        alert("loop", "loop", NOW - 5),
        alert("old-loop", "loop", 0),
      ],
      activity: createActivityMeter({ now: () => NOW }).snapshot(),
    });
    assert.deepEqual(
      o.hopsInFlight.map((h) => h.hopId),
      ["h2", "h1"],
    );
    assert.deepEqual(
      o.callerReleased.map((h) => h.hopId),
      ["h3"],
    );
    assert.deepEqual(
      o.failedHops.map((h) => h.hopId),
      ["h4"],
    );
    assert.deepEqual(
      o.failedRuns.map((r) => r.runId),
      ["f"],
    );
    assert.deepEqual(
      [...o.deadlocks, ...o.loops].map((a) => a.alertId),
      ["dl", "loop"],
    );
  });

  it("counts events per second and run starts per minute over the last hour", () => {
    let now = NOW;
    const meter = createActivityMeter({
      now: () => now,
      startedRuns: [run("seeded", "a", { startedAt: NOW - 30_000 })],
    });
    meter.events(Array.from({ length: 120 }, () => ({}) as never));
    meter.runs([run("r1", "a", { startedAt: NOW }), run("r1", "a", { startedAt: NOW })]);
    let s = meter.snapshot();
    assert.equal(s.eventsPerSecond.length, 60);
    assert.equal(s.eventsPerSecond.at(-1), 2);
    assert.equal(s.runsPerMinute.at(-1), 1);
    assert.equal(s.runsPerMinute.at(-2), 1);
    now += 60 * 60_000;
    s = meter.snapshot();
    assert.equal(
      s.runsPerMinute.reduce((a, b) => a + b, 0),
      0,
    );
  });
});
