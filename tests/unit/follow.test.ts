import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  carrierStep,
  isFollowing,
  moveTo,
  nextStep,
  NOT_FOLLOWING,
  startFollowing,
  stopFollowing,
  trailThrough,
} from "@/lib/follow";
import { chain, hop, run } from "./helpers/hops";

const A = "agent:main:a";
const B = "agent:main:b";
const C = "agent:main:c";

/** r1 (A) hands off to r2 (B); the reply comes back in r3 (A). */
const handedOff = (extra: Parameters<typeof hop>[4] = {}) =>
  chain(
    [run("r1", A), run("r2", B), run("r3", A)],
    [hop("h1", ["r1", A], ["r2", B], "replied", { replyRunId: "r3", ...extra })],
  );
const waiting = chain([run("r1", A, { status: "running" })], [hop("h1", ["r1", A], [null, B], "sent")]);

describe("following", () => {
  it("moves to the target when the current run's hop gets its run, then back to the reply run", () => {
    let state = startFollowing(NOT_FOLLOWING, "r1", A, waiting);
    assert.equal(nextStep(state, waiting), null);
    const toB = nextStep(state, handedOff());
    assert.deepEqual(toB, { runId: "r2", sessionKey: B, via: "handoff" });
    state = moveTo(state, toB!);
    assert.ok(isFollowing(state, "r2") && !isFollowing(state, "r1"));
    const back = nextStep(state, handedOff());
    assert.deepEqual(back, { runId: "r3", sessionKey: A, via: "reply" });
    state = moveTo(state, back!);
    assert.deepEqual(
      state.trail.map((s) => [s.runId, s.via]),
      [
        ["r1", "start"],
        ["r2", "handoff"],
        ["r3", "reply"],
      ],
    );
    assert.equal(nextStep(state, handedOff()), null);
  });

  it("goes back up a chain: from the reply run in the middle to the reply run at the root", () => {
    const R = "agent:main:researcher";
    const W = "agent:main:writer";
    const abc = chain(
      [run("c1", A), run("r1", R), run("w1", W), run("r2", R), run("c2", A)],
      [
        hop("h1", ["c1", A], ["r1", R], "replied", { replyRunId: "c2", timestamps: { repliedAt: 3000 } }),
        hop("h2", ["r1", R], ["w1", W], "replied", {
          replyRunId: "r2",
          depth: 2,
          timestamps: { repliedAt: 2000 },
        }),
      ],
    );
    let state = startFollowing(NOT_FOLLOWING, "c1", A, null);
    for (let step = nextStep(state, abc); step; step = nextStep(state, abc)) state = moveTo(state, step);
    assert.deepEqual(
      state.trail.map((s) => `${s.via}:${s.runId}`),
      ["start:c1", "handoff:r1", "handoff:w1", "reply:r2", "reply:c2"],
    );
  });

  it("goes back to a caller that waited and got the answer inline, once, when no reply run comes", () => {
    const answered = chain(
      [run("r1", A, { status: "running" }), run("r2", B)],
      [hop("h1", ["r1", A], ["r2", B], "replied", { callerStatus: "ok" })],
    );
    let state = moveTo(startFollowing(NOT_FOLLOWING, "r1", A, null), {
      runId: "r2",
      sessionKey: B,
      via: "handoff",
    });
    const back = nextStep(state, answered);
    assert.deepEqual(back, { runId: "r1", sessionKey: A, via: "reply" });
    state = moveTo(state, back!);
    assert.ok(isFollowing(state, "r1"));
    assert.equal(nextStep(state, answered), null, "the handoff it came back from is not taken again");
    const released = chain(answered.runs, [
      hop("h1", ["r1", A], ["r2", B], "completed", { callerStatus: "accepted" }),
    ]);
    const onB = moveTo(startFollowing(NOT_FOLLOWING, "r1", A, null), {
      runId: "r2",
      sessionKey: B,
      via: "handoff",
    });
    assert.equal(nextStep(onB, released), null, "a released caller hears back in a reply run, not here");
  });

  it("prefers the reply run to the caller when both are there", () => {
    const state = moveTo(startFollowing(NOT_FOLLOWING, "r1", A, null), {
      runId: "r2",
      sessionKey: B,
      via: "handoff",
    });
    assert.equal(nextStep(state, handedOff({ callerStatus: "ok" }))?.runId, "r3");
  });

  it("does not move for links that were there when Follow was turned on", () => {
    const state = startFollowing(NOT_FOLLOWING, "r1", A, handedOff());
    assert.equal(nextStep(state, handedOff()), null);
  });

  it("takes the earliest new handoff first, and never goes back to a run on the trail", () => {
    const two = chain(
      [run("r1", A), run("r2", B), run("r4", C)],
      [
        hop("late", ["r1", A], ["r4", C], "started", { timestamps: { sentAt: 2000 } }),
        hop("early", ["r1", A], ["r2", B], "started", { timestamps: { sentAt: 1500 } }),
      ],
    );
    const state = startFollowing(NOT_FOLLOWING, "r1", A, null);
    assert.equal(nextStep(state, two)?.runId, "r2");
    const loop = chain([run("r2", B), run("r1", A)], [hop("back", ["r2", B], ["r1", A], "started")]);
    assert.equal(nextStep(moveTo(state, { runId: "r2", sessionKey: B, via: "handoff" }), loop), null);
  });

  it("stops moving when turned off, and keeps the trail up to where it is turned on again", () => {
    let state = moveTo(startFollowing(NOT_FOLLOWING, "r1", A, null), {
      runId: "r2",
      sessionKey: B,
      via: "handoff",
    });
    state = stopFollowing(state);
    assert.equal(nextStep(state, handedOff()), null);
    assert.equal(trailThrough(state, "r1").length, 2);
    state = startFollowing(state, "r1", A, null);
    assert.deepEqual(
      state.trail.map((s) => s.runId),
      ["r1"],
    );
    assert.deepEqual(trailThrough(state, "r1"), []);
  });

  it("moving to where it already is changes nothing", () => {
    const state = startFollowing(NOT_FOLLOWING, "r1", A, null);
    assert.equal(moveTo(state, { runId: "r1", sessionKey: A, via: "handoff" }), state);
  });

  it("moves from a send a busy session ran under another id to the run that carries it, once", () => {
    const state = startFollowing(NOT_FOLLOWING, "sent", A, null);
    const step = carrierStep(state, { runId: "carrier", sessionKey: A });
    assert.deepEqual(step, { runId: "carrier", sessionKey: A, via: "carried" });
    assert.equal(carrierStep(moveTo(state, step!), { runId: "carrier", sessionKey: A }), null);
    assert.equal(carrierStep(stopFollowing(state), { runId: "carrier", sessionKey: A }), null);
  });
});
