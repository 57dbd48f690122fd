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
    assert.deepEqual(chainChangeForRun(awaiting, run("r9", B)), { kind: "refetch", chain: null });
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

  it("refetches for a new hop from one of its runs, or a known hop linked to another run, holding it meanwhile", () => {
    const added = chainChangeForHop(base, hop("h2", ["r2", B], [null, A], "sent"));
    assert.equal(added.kind, "refetch");
    assert.deepEqual(added.kind === "refetch" && added.chain?.hops.map((h) => h.hopId), ["h1", "h2"]);
    const relinked = chainChangeForHop(base, hop("h1", ["r1", A], ["r3", B], "started"));
    assert.equal(relinked.kind === "refetch" && relinked.chain?.hops[0]!.targetRunId, "r3");
    const replied = chainChangeForHop(base, hop("h1", ["r1", A], ["r2", B], "replied", { replyRunId: "r4" }));
    assert.equal(replied.kind, "refetch");
  });

  it("takes in a hop from a run that was just linked, before the refetch brings that run", () => {
    // The refetch asked for when h1 was linked to r9 is still in flight: r9 is not among the runs.
    const linking = chainChangeForHop(base, hop("h1", ["r1", A], ["r9", B], "started"));
    assert.ok(linking.kind === "refetch" && linking.chain);
    const fromR9 = chainChangeForHop(linking.chain, hop("h2", ["r9", B], [null, A], "queued"));
    assert.equal(fromR9.kind, "refetch");
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
