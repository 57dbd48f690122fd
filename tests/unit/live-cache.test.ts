import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  applyRunUpdate,
  flattenRuns,
  lastCursor,
  mergeEvents,
  newerRun,
  upsertSession,
} from "@/lib/live-cache";
import type { RunSummary, RunsPage } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import type { TimelineEvent } from "@/lib/timeline";

const run = (runId: string, extra: Partial<RunSummary> = {}): RunSummary => ({
  runId,
  sessionKey: "agent:main:a",
  agentId: "main",
  status: "running",
  startedAt: 1000,
  endedAt: null,
  updatedAt: 1000,
  toolCalls: 0,
  reply: null,
  error: null,
  lastCursor: 1,
  route: null,
  ...extra,
});
const page = (runs: RunSummary[], nextCursor: string | null = null): RunsPage => ({
  runs,
  nextCursor,
  hops: {},
});
const ids = (pages: RunsPage[]) => pages.map((p) => p.runs.map((r) => r.runId));
const event = (cursor: number): TimelineEvent => ({
  cursor,
  runId: "r",
  sessionKey: "s",
  seq: cursor,
  ts: cursor,
  kind: "status",
  phase: `p${cursor}`,
});

describe("applyRunUpdate", () => {
  it("replaces a known run where it is", () => {
    const pages = [page([run("a"), run("b")]), page([run("c")])];
    const next = applyRunUpdate(pages, run("c", { status: "completed" }), {});
    assert.deepEqual(ids(next), [["a", "b"], ["c"]]);
    assert.equal(next[1]!.runs[0]!.status, "completed");
    assert.equal(next[0], pages[0]);
  });

  it("puts a new run on top and ignores runs of other sessions", () => {
    const pages = [page([run("a")])];
    assert.deepEqual(ids(applyRunUpdate(pages, run("n", { startedAt: 2000 }), {})), [["n", "a"]]);
    assert.equal(
      applyRunUpdate(pages, run("n", { sessionKey: "agent:main:z" }), { session: "agent:main:a" }),
      pages,
    );
  });

  it("drops a run that leaves the status filter and adds one that enters it", () => {
    const pages = [page([run("a"), run("b")])];
    assert.deepEqual(ids(applyRunUpdate(pages, run("a", { status: "completed" }), { status: "running" })), [
      ["b"],
    ]);
    assert.deepEqual(ids(applyRunUpdate(pages, run("c", { status: "failed" }), { status: "failed" })), [
      ["c", "a", "b"],
    ]);
  });

  it("leaves an old run to Load more when more pages wait", () => {
    const pages = [page([run("a", { startedAt: 5000 })], "cursor-1")];
    assert.equal(applyRunUpdate(pages, run("old", { startedAt: 10 }), {}), pages);
    assert.deepEqual(ids(applyRunUpdate(pages, run("new", { startedAt: 9000 }), {})), [["new", "a"]]);
  });

  it("never lists a send id a busy session ran under another id, and drops one that turns out to be such", () => {
    const route = { disposition: "queued" as const, acceptedAt: 1, behindRunId: "a", carrierRunId: null };
    const pages = [page([run("a"), run("s", { status: "queued" })])];
    assert.deepEqual(ids(applyRunUpdate(pages, run("s", { status: "queued", route }), {})), [["a"]]);
    assert.deepEqual(ids(applyRunUpdate([page([run("a")])], run("t", { route }), {})), [["a"]]);
  });

  it("changes nothing before the first page arrived", () => {
    assert.deepEqual(applyRunUpdate([], run("a"), {}), []);
  });
});

describe("newerRun", () => {
  it("keeps a run:updated that came while the request was in flight over the older answer", () => {
    const fetched = run("a", { status: "queued", lastCursor: 609 });
    const pushed = run("a", { status: "running", lastCursor: 611 });
    assert.equal(newerRun(fetched, pushed), pushed);
    assert.equal(newerRun(pushed, fetched), pushed);
    assert.equal(newerRun(fetched, undefined), fetched);
  });
});

describe("flattenRuns", () => {
  it("lists each run once, in page order", () => {
    assert.deepEqual(
      flattenRuns([page([run("n"), run("a")]), page([run("n"), run("b")])]).runs.map((r) => r.runId),
      ["n", "a", "b"],
    );
  });
});

describe("upsertSession", () => {
  const session = (sessionKey: string, runs: number): SessionSummary => ({
    sessionKey,
    agentId: "main",
    label: null,
    displayName: null,
    kind: null,
    channel: null,
    gatewayStatus: null,
    runs,
    activeRuns: 0,
    lastActivityAt: null,
  });
  it("replaces a known session in place and puts a new one first", () => {
    const list = [session("a", 1), session("b", 1)];
    assert.deepEqual(
      upsertSession(list, session("b", 2)).map((s) => [s.sessionKey, s.runs]),
      [
        ["a", 1],
        ["b", 2],
      ],
    );
    assert.deepEqual(
      upsertSession(list, session("c", 0)).map((s) => s.sessionKey),
      ["c", "a", "b"],
    );
  });
});

describe("mergeEvents", () => {
  it("appends newer events and returns the same list when nothing is new", () => {
    const held = [event(1), event(2)];
    assert.deepEqual(
      mergeEvents(held, [event(3), event(4)]).map((e) => e.cursor),
      [1, 2, 3, 4],
    );
    assert.equal(mergeEvents(held, [event(1), event(2)]), held);
    assert.equal(mergeEvents(held, []), held);
  });

  it("dedupes by cursor and sorts a replay that overlaps or arrives out of order", () => {
    const merged = mergeEvents([event(1), event(3)], [event(5), event(2), event(3), event(4)]);
    assert.deepEqual(
      merged.map((e) => e.cursor),
      [1, 2, 3, 4, 5],
    );
  });

  it("gives the newest cursor held for a resubscribe", () => {
    assert.equal(lastCursor([]), 0);
    assert.equal(lastCursor([event(1), event(7)]), 7);
  });
});
