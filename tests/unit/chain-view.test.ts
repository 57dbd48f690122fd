import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chainPath, hopsOfRun, loopHopIds, loopSummaries } from "@/lib/chain-view";
import { chain, hop, run } from "./helpers/hops";

const A = "agent:main:a";
const B = "agent:main:b";
const C = "agent:main:c";

describe("chainPath", () => {
  const abc = chain(
    [run("r1", A), run("r2", B), run("r3", C), run("r4", A)],
    [
      hop("h1", ["r1", A], ["r2", B], "replied", { replyRunId: "r4" }),
      hop("h2", ["r2", B], ["r3", C], "completed", { kind: "spawn", depth: 2 }),
    ],
  );

  it("walks from the root down to the run, saying how work reached each", () => {
    assert.deepEqual(chainPath(abc, "r3"), [
      { runId: "r1", sessionKey: A, via: "root" },
      { runId: "r2", sessionKey: B, via: "send" },
      { runId: "r3", sessionKey: C, via: "spawn" },
    ]);
  });

  it("places a reply run after the run that answered", () => {
    assert.deepEqual(
      chainPath(abc, "r4").map((c) => [c.runId, c.via]),
      [
        ["r1", "root"],
        ["r2", "send"],
        ["r4", "reply"],
      ],
    );
  });

  it("is just the root for the root, and stops on a cycle of links", () => {
    assert.deepEqual(
      chainPath(abc, "r1").map((c) => c.runId),
      ["r1"],
    );
    const cyclic = chain(
      [run("r1", A), run("r2", B)],
      [hop("h1", ["r1", A], ["r2", B]), hop("h2", ["r2", B], ["r1", A])],
    );
    assert.deepEqual(
      chainPath(cyclic, "r2").map((c) => c.runId),
      ["r1", "r2"],
    );
  });
});

describe("hopsOfRun", () => {
  it("keys the run's own hops by tool call id", () => {
    const c = chain(
      [run("r1", A), run("r2", B)],
      [hop("h1", ["r1", A], ["r2", B]), hop("h2", ["r2", B], [null, C])],
    );
    assert.deepEqual([...hopsOfRun(c, "r1").keys()], ["call-h1"]);
  });
});

describe("loops", () => {
  const pingPong = chain(
    [run("r1", A), run("r2", B), run("r3", A), run("r4", B), run("r5", A), run("r6", C)],
    [
      hop("h1", ["r1", A], ["r2", B]),
      hop("h2", ["r2", B], ["r3", A], "completed", { depth: 2 }),
      hop("h3", ["r3", A], ["r4", B], "completed", { depth: 3 }),
      hop("h4", ["r4", B], ["r5", A], "completed", { depth: 4 }),
      hop("h5", ["r5", A], ["r6", C], "completed", { depth: 5 }),
    ],
    { cycles: [[A, B, A]] },
  );

  it("counts a loop's turns as the hops that closed it", () => {
    assert.deepEqual(loopSummaries(pingPong), [{ sessions: [A, B, A], turns: 2 }]);
  });

  it("marks the hops along a loop's edges, not the others", () => {
    assert.deepEqual([...loopHopIds(pingPong)].sort(), ["h1", "h2", "h3", "h4"]);
  });
});
