import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { parseRunSearch } from "@/lib/run-filters";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import { projectRuns } from "@/server/timeline/project-run";
import { hop } from "./helpers/hops";

const start = (runId: string, sessionKey: string, ts: number): DraftEvent => ({
  runId,
  sessionKey,
  seq: null,
  ts,
  kind: "lifecycle",
  dedupeKey: `${runId}:start`,
  phase: "start",
  error: null,
  aborted: false,
  stopReason: null,
});
const tool = (runId: string, sessionKey: string, name: string): DraftEvent => ({
  runId,
  sessionKey,
  seq: null,
  ts: 5,
  kind: "tool",
  dedupeKey: `${runId}:${name}`,
  phase: "start",
  name,
  toolCallId: `${runId}-${name}`,
  parentToolCallId: null,
  args: {},
  isError: false,
});

describe("filtering the runs list", () => {
  it("filters by agent, tool called, start time and handoffs, and counts each run's hops out and in", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    await store.commitBatch(
      [
        start("a1", "agent:main:a", 1000),
        tool("a1", "agent:main:a", "sessions_send"),
        start("b1", "agent:ops:b", 2000),
        tool("b1", "agent:ops:b", "web_fetch"),
        start("c1", "agent:main:c", 3000),
      ],
      projectRuns,
    );
    const h = hop("h1", ["a1", "agent:main:a"], ["b1", "agent:ops:b"]);
    await store.saveHops([{ hop: h, facts: {} as never }]);
    const ids = async (q: object) => (await store.listRuns({ limit: 50, ...q })).runs.map((r) => r.runId);
    assert.deepEqual(await ids({ agent: "ops" }), ["b1"]);
    assert.deepEqual(await ids({ tool: "sessions_send" }), ["a1"]);
    assert.deepEqual(await ids({ since: 1500, until: 2500 }), ["b1"]);
    assert.deepEqual(await ids({ handoffs: "yes" }), ["b1", "a1"]);
    assert.deepEqual(await ids({ handoffs: "no" }), ["c1"]);
    assert.deepEqual((await store.listRuns({ limit: 50 })).hops, {
      a1: { out: 1, in: 0 },
      b1: { out: 0, in: 1 },
    });
    await store.close();
  });

  it("keeps only valid filters from the URL", () => {
    assert.deepEqual(
      parseRunSearch({ status: "bogus", since: "1h", handoffs: "maybe", tool: " web_fetch " }),
      {
        session: undefined,
        agent: undefined,
        status: undefined,
        tool: "web_fetch",
        since: "1h",
        handoffs: undefined,
      },
    );
  });
});
