import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Hop, type HopState } from "@/lib/hops";
import { alertsForChain } from "@/server/timeline/alerts";
import { buildChain, type ChainSource } from "@/server/timeline/chain";

function hop(
  id: string,
  caller: [string, string],
  target: [string, string],
  depth: number,
  state: HopState = "completed",
): Hop {
  return Hop.parse({
    hopId: id,
    kind: "send",
    callerRunId: caller[0],
    callerSessionKey: caller[1],
    toolCallId: id,
    targetSessionKey: target[1],
    targetRunId: target[0],
    link: "confirmed",
    replyRunId: null,
    depth,
    state,
    timestamps: {
      sentAt: depth * 10,
      deliveredAt: null,
      startedAt: null,
      endedAt: null,
      callerReleasedAt: null,
      repliedAt: null,
      resultAt: null,
    },
    callerStatus: "ok",
    waitSeconds: 30,
    messagePreview: "",
    error: null,
    notes: [],
    origin: null,
  });
}

function sourceOf(hops: Hop[]): ChainSource {
  return {
    hopsFrom: (runId) => hops.filter((h) => h.callerRunId === runId),
    hopInto: (runId) => {
      const h = hops.find((x) => x.targetRunId === runId);
      return h ? { hop: h, via: "target" } : null;
    },
  };
}

describe("chains across sessions", () => {
  const abc = [hop("h1", ["r1", "A"], ["r2", "B"], 1), hop("h2", ["r2", "B"], ["r3", "C"], 2)];

  it("finds the root from any run and every hop below it", () => {
    const chain = buildChain("r3", sourceOf(abc));
    assert.equal(chain.rootRunId, "r1");
    assert.deepEqual(chain.runIds, ["r1", "r2", "r3"]);
    assert.deepEqual(
      chain.hops.map((h) => h.hopId),
      ["h1", "h2"],
    );
    assert.equal(chain.maxDepth, 2);
    assert.deepEqual(chain.cycles, []);
  });

  it("detects A → B → A and A → B → C → A as cycles, and counts the turns", () => {
    const pingPong = [
      hop("h1", ["r1", "A"], ["r2", "B"], 1),
      hop("h2", ["r2", "B"], ["r3", "A"], 2),
      hop("h3", ["r3", "A"], ["r4", "B"], 3),
      hop("h4", ["r4", "B"], ["r5", "A"], 4),
    ];
    const chain = buildChain("r1", sourceOf(pingPong));
    assert.deepEqual(chain.cycles, [
      ["A", "B", "A"],
      ["B", "A", "B"],
    ]);
    const loop = alertsForChain(chain, 5, []).find((a) => a.kind === "loop" && a.sessions.join() === "A,B,A");
    assert.equal(loop?.message, "Loop: A → B → A, 2 turns");

    const triangle = [...abc, hop("h3", ["r3", "C"], ["r4", "A"], 3)];
    assert.deepEqual(buildChain("r2", sourceOf(triangle)).cycles, [["A", "B", "C", "A"]]);
  });

  it("raises a depth alert past the limit and a failed-hop alert with the reason", () => {
    const deep = [
      ...abc,
      {
        ...hop("h3", ["r3", "C"], ["", "D"], 3, "rejected"),
        targetRunId: null,
        error: "No session found: D",
      },
    ];
    const alerts = alertsForChain(buildChain("r1", sourceOf(deep)), 2, []);
    assert.deepEqual(alerts.map((a) => a.kind).sort(), ["depth", "failed_hop"]);
    assert.match(
      alerts.find((a) => a.kind === "failed_hop")!.message,
      /rejected: C → D \(No session found: D\)/,
    );
  });

  it("raises an alert for a message the gateway delivered twice", () => {
    const twice = [{ ...hop("h1", ["r1", "A"], ["r2", "B"], 1), duplicateDeliveries: [5] }];
    const alerts = alertsForChain(buildChain("r1", sourceOf(twice)), 5, []);
    assert.deepEqual(
      alerts.map((a) => [a.kind, a.hopId, a.message]),
      [["duplicate_delivery", "h1", "Delivered 2 times: A → B (the gateway retried)"]],
    );
  });

  it("does not loop forever on a cycle of runs", () => {
    const weird = [hop("h1", ["r1", "A"], ["r2", "B"], 1), hop("h2", ["r2", "B"], ["r1", "A"], 2)];
    const chain = buildChain("r1", sourceOf(weird));
    assert.equal(chain.runIds.length, 2);
  });
});
