import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import { projectRuns } from "@/server/timeline/project-run";

const S = "agent:main:busy";
const base = { sessionKey: S, seq: null, stopReason: null, error: null };
const draft = (runId: string, state: "final", text: string | null, ts: number): DraftEvent => ({
  ...base,
  runId,
  ts,
  kind: "chat",
  dedupeKey: `${runId}:${ts}`,
  state,
  text,
});
const start = (runId: string, ts: number): DraftEvent => ({
  ...base,
  runId,
  ts,
  kind: "lifecycle",
  dedupeKey: `${runId}:start`,
  phase: "start",
  aborted: false,
});

describe("the store and send ids run under another id", () => {
  it("lists, counts and reopens only runs, not a send id the gateway answered before it ran", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    await store.commitBatch([start("own", 1), draft("sent", "final", null, 2)], projectRuns);
    const listed = await store.listRuns({ limit: 50 });
    assert.deepEqual(
      listed.runs.map((r) => r.runId),
      ["own"],
    );
    assert.deepEqual(
      (await store.listOpenRuns(10)).map((r) => r.runId),
      ["own"],
    );
    assert.equal((await store.getSession(S))?.activeRuns, 1);
    assert.notEqual((await store.getRun("sent"))?.route, null);
    await store.close();
  });

  it("keeps where such sends went across a restart", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    const route = {
      sendRunId: "sent",
      sessionKey: S,
      acceptedAt: 2,
      behindRunId: "own",
      queueMode: "followup",
      deferred: true,
      carrier: { runId: "carrier", how: "queued" as const, at: 9 },
    };
    await store.saveRoutes([route]);
    await store.saveRoutes([{ ...route, acceptedAt: 3 }]);
    assert.deepEqual(await store.loadRoutes(), [{ ...route, acceptedAt: 3 }]);
    await store.close();
  });
});
