import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { chainChangeForHop, chainChangeForRun, mergeFetchedChain } from "@/lib/chain-cache";
import { chain, hop, run } from "./helpers/hops";

const A = "agent:main:a";
const B = "agent:main:b";
const base = chain(
  [run("r1", A, { status: "running", endedAt: null }), run("r2", B, { status: "running", endedAt: null })],
  [
    hop("h1", ["r1", A], ["r2", B], "started", {
      timestamps: { sentAt: 1000, deliveredAt: 1100, startedAt: 1200 },
    }),
  ],
);

describe("chainChangeForRun", () => {
  it("patches a run the chain holds", () => {
    const change = chainChangeForRun(base, run("r2", B, { status: "completed", updatedAt: 3000 }));
    assert.equal(change.kind, "patch");
    assert.equal(change.kind === "patch" && change.chain.runs[1]!.status, "completed");
    assert.equal(change.kind === "patch" && change.chain.runs[0], base.runs[0]);
  });

  it("refetches for a run a hop points at but the chain lacks, and ignores the rest", () => {
    const awaiting = chain(base.runs, [hop("h1", ["r1", A], ["r9", B], "started")]);
    assert.deepEqual(chainChangeForRun(awaiting, run("r9", B)), { kind: "refetch" });
    assert.deepEqual(chainChangeForRun(base, run("elsewhere", "agent:main:z")), { kind: "none" });
  });
});

describe("chainChangeForHop", () => {
  it("patches a known hop whose links stay the same", () => {
    const change = chainChangeForHop(
      base,
      hop("h1", ["r1", A], ["r2", B], "completed", { timestamps: { endedAt: 3000 } }),
    );
    assert.equal(change.kind === "patch" && change.chain.hops[0]!.state, "completed");
  });

  it("refetches for a new hop from one of its runs, or a known hop linked to another run", () => {
    assert.deepEqual(chainChangeForHop(base, hop("h2", ["r2", B], [null, A], "sent")), { kind: "refetch" });
    assert.deepEqual(chainChangeForHop(base, hop("h1", ["r1", A], ["r3", B], "started")), {
      kind: "refetch",
    });
    assert.deepEqual(
      chainChangeForHop(base, hop("h1", ["r1", A], ["r2", B], "replied", { replyRunId: "r4" })),
      { kind: "refetch" },
    );
  });

  it("ignores hops of other chains", () => {
    assert.deepEqual(chainChangeForHop(base, hop("hx", ["rx", "agent:main:x"], ["ry", B], "sent")), {
      kind: "none",
    });
  });
});

describe("mergeFetchedChain", () => {
  it("keeps what the socket delivered while the request was in flight", () => {
    const held = chain(
      [run("r1", A, { status: "completed", updatedAt: 5000 }), base.runs[1]!],
      [
        hop("h1", ["r1", A], ["r2", B], "completed", {
          timestamps: { sentAt: 1000, deliveredAt: 1100, startedAt: 1200, endedAt: 3000 },
        }),
      ],
    );
    const merged = mergeFetchedChain(base, held);
    assert.equal(merged.runs[0]!.status, "completed");
    assert.equal(merged.runs[1], base.runs[1]);
    assert.equal(merged.hops[0]!.state, "completed");
  });

  it("takes the fetched chain as it is when nothing is held, and drops what it no longer has", () => {
    assert.equal(mergeFetchedChain(base, undefined), base);
    const held = chain([...base.runs, run("gone", A, { updatedAt: 99_999 })], base.hops);
    assert.deepEqual(
      mergeFetchedChain(base, held).runs.map((r) => r.runId),
      ["r1", "r2"],
    );
  });
});
