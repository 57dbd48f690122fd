import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { connector, offsetLabel, PLOT_PAD_X, timeScale, timeTicks } from "@/components/chain/geometry";
import {
  AXIS_HEIGHT,
  BAR_HEIGHT,
  LANE_HEIGHT,
  labelColumnWidth,
  laneOrder,
  layoutChain,
} from "@/components/chain/layout";
import { chain, hop, run } from "./helpers/hops";

const A = "agent:main:a";
const B = "agent:main:b";
const C = "agent:main:gone";
const s = (seconds: number) => 1_000_000 + seconds * 1000;

/** A sends to B at 1 s and waits until released at 3 s; B queued from 1.5 s, runs 2 s → 9 s; A is rejected by C at 4 s. */
const sample = chain(
  [
    run("r1", A, { startedAt: s(0), endedAt: s(5) }),
    run("r2", B, { status: "running", startedAt: s(2), endedAt: null }),
  ],
  [
    hop("h1", ["r1", A], ["r2", B], "caller_released", {
      callerStatus: "timeout",
      timestamps: { sentAt: s(1), deliveredAt: s(1.5), startedAt: s(2), callerReleasedAt: s(3) },
    }),
    hop("h2", ["r1", A], [null, C], "rejected", {
      callerStatus: "error",
      error: "No session found: agent:main:gone",
      timestamps: { sentAt: s(4) },
    }),
  ],
);
const layout = layoutChain(sample, {
  now: s(10),
  plotWidth: 1000 + 2 * PLOT_PAD_X,
  loopHops: new Set(["h1"]),
});
const x = (seconds: number) => PLOT_PAD_X + seconds * 100;

describe("layoutChain", () => {
  it("gives each session a lane, the root's first, a target with no run included", () => {
    assert.deepEqual(laneOrder(sample), [A, B, C]);
    assert.deepEqual(
      layout.lanes.map((l) => l.top),
      [AXIS_HEIGHT, AXIS_HEIGHT + LANE_HEIGHT, AXIS_HEIGHT + 2 * LANE_HEIGHT],
    );
    assert.equal(layout.height, AXIS_HEIGHT + 3 * LANE_HEIGHT);
  });

  it("fits the chain's span, up to now while something runs, into the plot", () => {
    assert.equal(layout.scale.t0, s(0));
    assert.equal(layout.scale.t1, s(10));
    const [r1, r2] = layout.bars;
    assert.deepEqual([r1!.x, r1!.width, r1!.live], [x(0), 500, false]);
    assert.deepEqual([r2!.x, r2!.width, r2!.live], [x(2), 800, true]);
    assert.equal(r2!.y, layout.lanes[1]!.mid - BAR_HEIGHT / 2);
  });

  it("hatches the caller's wait until its release and dots the queued wait before the target", () => {
    const h1 = layout.hops[0]!;
    assert.deepEqual(h1.wait, { x: x(1), y: layout.bars[0]!.y, width: 200 });
    assert.deepEqual(h1.queue, {
      x1: x(1.5),
      x2: x(2),
      y: layout.lanes[1]!.mid + BAR_HEIGHT / 2 + 3,
      live: false,
    });
    assert.equal(h1.inLoop, true);
    assert.match(h1.arrow.path, new RegExp(`^M ${x(1)} ${layout.lanes[0]!.mid + BAR_HEIGHT / 2} C`));
    assert.equal(h1.cross, null);
  });

  it("ends a rejected hop in a cross with its reason on the target's lane", () => {
    const h2 = layout.hops[1]!;
    assert.equal(h2.cross?.y, layout.lanes[2]!.mid);
    assert.equal(h2.cross?.reason, "No session found: agent:main:gone");
    assert.equal(h2.wait, null, "the caller's wait ended with the refusal");
  });

  it("keeps badges on one row apart", () => {
    const crowded = chain(sample.runs, [
      hop("a", ["r1", A], ["r2", B], "started", { timestamps: { sentAt: s(1), deliveredAt: s(1.5) } }),
      hop("b", ["r1", A], ["r2", B], "started", { timestamps: { sentAt: s(1), deliveredAt: s(1.5) } }),
    ]);
    const [first, second] = layoutChain(crowded, {
      now: s(10),
      plotWidth: 1032,
      loopHops: new Set(),
    }).hops.map((h) => h.badge);
    assert.ok(second!.x >= first!.x + first!.width);
  });

  it("draws the wait of a message queued behind a busy target from its acceptance up to now, growing", () => {
    const waiting = chain(
      [
        run("r1", A, { status: "running", startedAt: s(0), endedAt: null }),
        run("b0", B, { status: "running", startedAt: s(0), endedAt: null }),
      ],
      [
        hop("h1", ["r1", A], [null, B], "queued", {
          queuedBehindRunId: "b0",
          timestamps: { sentAt: s(1), acceptedAt: s(1.2) },
        }),
      ],
    );
    const at = (now: number) =>
      layoutChain(waiting, { now: s(now), plotWidth: 1000 + 2 * PLOT_PAD_X, loopHops: new Set() });
    const early = at(5).hops[0]!.queue!;
    const later = at(8).hops[0]!.queue!;
    assert.equal(early.live, true);
    assert.equal(early.x2 - early.x1 < later.x2 - later.x1, true, "it grows with now");
    assert.equal(later.x2, at(8).scale.x(s(8)));
  });

  it("draws a queued run at now, without a start", () => {
    const queued = chain(
      [run("r1", A, { status: "queued", startedAt: null, endedAt: null, updatedAt: s(0) })],
      [],
    );
    const bar = layoutChain(queued, { now: s(3), plotWidth: 600, loopHops: new Set() }).bars[0]!;
    assert.equal(bar.live, true);
    assert.equal(bar.width, 4);
  });

  it("never draws narrower than the minimum plot, and widens for a long reason", () => {
    assert.equal(layoutChain(sample, { now: s(10), plotWidth: 100, loopHops: new Set() }).width >= 520, true);
    assert.equal(labelColumnWidth(390), 112);
    assert.equal(labelColumnWidth(1200), 184);
  });
});

describe("geometry", () => {
  it("scales time linearly with padding, at least a second wide", () => {
    const scale = timeScale(0, 0, 100 + 2 * PLOT_PAD_X);
    assert.equal(scale.t1, 1000);
    assert.equal(scale.x(500), PLOT_PAD_X + 50);
  });

  it("puts ticks at a round step, far enough apart", () => {
    const ticks = timeTicks(timeScale(0, 60_000, 632));
    assert.deepEqual(
      ticks.map((t) => t.label),
      ["0 s", "10 s", "20 s", "30 s", "40 s", "50 s", "1 m"],
    );
    assert.ok(ticks[1]!.x - ticks[0]!.x >= 72);
  });

  it("labels offsets in the largest sensible unit", () => {
    assert.deepEqual([500, 1500, 15_000, 90_000, 3_600_000, 5_400_000].map(offsetLabel), [
      "0.5 s",
      "1.5 s",
      "15 s",
      "1 m 30 s",
      "1 h",
      "1 h 30 m",
    ]);
  });

  it("ends an arrow at its target with a head pointing right", () => {
    const { path, head } = connector(10, 20, 110, 80);
    assert.match(path, /^M 10 20 C 10 56, 60 80, 110 80$/);
    assert.equal(head, "110,80 103,76.5 103,83.5");
  });
});
