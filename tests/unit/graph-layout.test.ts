import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { edgeState, layoutGraph, NODE_RADIUS } from "@/components/chain/graph-layout";
import { chain, hop, run } from "./helpers/hops";

const A = "agent:main:a";
const B = "agent:main:b";
const C = "agent:main:c";

const sample = chain(
  [run("r1", A), run("r2", B), run("r3", A), run("r4", C)],
  [
    hop("h1", ["r1", A], ["r2", B], "completed"),
    hop("h2", ["r2", B], ["r3", A], "started"),
    hop("h3", ["r3", A], ["r2", B], "failed"),
    hop("h4", ["r3", A], ["r4", C], "replied"),
    hop("h5", ["r3", A], [null, null], "rejected"),
  ],
);

describe("layoutGraph", () => {
  const graph = layoutGraph(sample, {
    sessions: [A, B, C],
    width: 400,
    height: 400,
    loopHops: new Set(["h2"]),
  });

  it("puts the sessions on a circle, the first at the top", () => {
    const [a, b, c] = graph.nodes;
    assert.deepEqual([a!.x, a!.y], [200, 56]);
    for (const n of [b!, c!]) assert.ok(Math.abs(Math.hypot(n.x - 200, n.y - 200) - 144) < 1e-9);
  });

  it("groups hops into one edge per direction, skipping hops with no target session", () => {
    assert.deepEqual(
      graph.edges.map((e) => [e.from, e.to, e.hops.length, e.state, e.inLoop]),
      [
        [A, B, 2, "failed", false],
        [B, A, 1, "started", true],
        [A, C, 1, "replied", false],
      ],
    );
  });

  it("bends edges that go both ways, draws one-way edges straight, from the node's rim", () => {
    const control = (path: string) => path.split(" ").slice(4, 6).map(Number) as [number, number];
    const offMiddle = (path: string, from: number, to: number) => {
      const [cx, cy] = control(path);
      const [p, q] = [graph.nodes[from]!, graph.nodes[to]!];
      return Math.hypot(cx - (p.x + q.x) / 2, cy - (p.y + q.y) / 2);
    };
    assert.ok(Math.abs(offMiddle(graph.edges[0]!.path, 0, 1) - 40) < 0.2);
    assert.ok(offMiddle(graph.edges[2]!.path, 0, 2) < 0.2);
    const [, sx, sy] = graph.edges[2]!.path.split(" ").map(Number);
    assert.ok(Math.abs(Math.hypot(sx! - graph.nodes[0]!.x, sy! - graph.nodes[0]!.y) - NODE_RADIUS) < 0.1);
  });

  it("centres a lone session and loops a hop to itself over it", () => {
    const self = chain([run("r1", A), run("r2", A)], [hop("h1", ["r1", A], ["r2", A])]);
    const g = layoutGraph(self, { sessions: [A], width: 300, height: 200, loopHops: new Set() });
    assert.deepEqual([g.nodes[0]!.x, g.nodes[0]!.y], [150, 100]);
    assert.match(g.edges[0]!.path, /^M 142 81 C/);
  });
});

describe("edgeState", () => {
  it("tells trouble first, then work in flight, then done", () => {
    const h = (state: Parameters<typeof hop>[3]) => hop("h", ["r1", A], ["r2", B], state);
    assert.equal(edgeState([h("completed"), h("caller_released"), h("started")]), "caller_released");
    assert.equal(edgeState([h("completed"), h("replied")]), "replied");
  });
});
