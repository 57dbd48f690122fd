import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import { ftsQuery } from "@/server/store/sqlite/search-index";
import { projectRuns } from "@/server/timeline/project-run";

const S = "agent:main:researcher";
const base = { sessionKey: S, seq: null, runId: "run-4f2a" };
const events: DraftEvent[] = [
  {
    ...base,
    ts: 1,
    kind: "message",
    dedupeKey: "m1",
    role: "user",
    text: "Summarise the quarterly invoices",
    messageId: null,
    provenance: null,
  },
  {
    ...base,
    ts: 2,
    kind: "tool",
    dedupeKey: "t1",
    phase: "start",
    name: "web_fetch",
    toolCallId: "c1",
    parentToolCallId: null,
    args: { url: "https://example.com/ledger" },
    isError: false,
  },
  {
    ...base,
    ts: 3,
    kind: "tool",
    dedupeKey: "t2",
    phase: "result",
    name: "web_fetch",
    toolCallId: "c1",
    parentToolCallId: null,
    result: { content: [{ type: "text", text: "Ledger total: 4,210 kroner" }] },
    isError: false,
  },
  {
    ...base,
    ts: 4,
    kind: "chat",
    dedupeKey: "c",
    state: "final",
    text: "Invoices add up.",
    stopReason: null,
    error: null,
  },
];

describe("searching the store", () => {
  it("finds messages, tool arguments and results, and replies by their words", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    await store.commitBatch(events, projectRuns);
    const sources = async (q: string) =>
      (await store.search(q, 10)).flatMap((h) => (h.type === "text" ? [h.source] : []));
    assert.deepEqual(await sources("quarterly"), ["message"]);
    assert.deepEqual(await sources("example.com/ledger"), ["tool"]);
    assert.deepEqual(await sources("kroner"), ["tool"]);
    assert.deepEqual((await sources("invoice")).sort(), ["message", "reply"]);
    await store.close();
  });

  it("finds a session by label or key and a run by the start of its id", async () => {
    const store = createSqliteStore({ file: ":memory:" });
    await store.commitBatch(events, projectRuns);
    await store.upsertSessions([
      {
        sessionKey: S,
        agentId: "main",
        label: "Research desk",
        displayName: null,
        kind: null,
        channel: null,
        gatewayStatus: null,
        lastActivityAt: 5,
      },
    ]);
    assert.deepEqual(await store.search("research desk", 5), [
      { type: "session", sessionKey: S, label: "Research desk" },
    ]);
    const run = (await store.search("run-4f", 5)).find((h) => h.type === "run");
    assert.deepEqual(run, { type: "run", runId: "run-4f2a", sessionKey: S, status: "completed" });
    await store.close();
  });

  it("reads what a person types as words, never as FTS5 syntax", () => {
    assert.equal(ftsQuery('agent:main "x OR'), '"agent:main" """x" "OR"*');
    assert.equal(ftsQuery("   "), null);
  });
});
