import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { after, before, describe, it } from "node:test";
import { isDeepStrictEqual } from "node:util";
import type { Alert } from "@/lib/alerts";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import type { AuthStore } from "@/server/store/auth-store";
import { createPostgresAuthStore } from "@/server/store/postgres/pg-auth-store";
import { createPostgresStore } from "@/server/store/postgres/pg-store";
import { createSqliteAuthStore } from "@/server/store/sqlite/auth-store";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import type { Store } from "@/server/store/store";
import { projectRuns } from "@/server/timeline/project-run";
import { hop } from "../unit/helpers/hops";
import { needle, seedHugeRun } from "../support/huge-run";
import { createTestDatabase, ensurePostgres, queryDatabase } from "../support/postgres";

/** Bytes a backend keeps for its event bodies, and how many of them are deflated. */
interface Stored {
  bytes: number;
  packed: number;
}

/** One backend: a fresh store, the same store opened again (a restart), and its raw bodies. */
interface Backend {
  name: string;
  /** Several instances may write to it at once (PostgreSQL). */
  shared: boolean;
  setUp(): Promise<void>;
  fresh(): Promise<{
    store: Store;
    reopen: () => Promise<Store>;
    stored: () => Promise<Stored>;
    auth: () => Promise<AuthStore>;
  }>;
  tearDown(): Promise<void>;
}

function sqliteBackend(): Backend {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-contract-"));
  let n = 0;
  return {
    name: "SQLite",
    shared: false,
    async setUp() {},
    async fresh() {
      const file = join(dir, `store-${n++}.db`);
      return {
        store: createSqliteStore({ file }),
        reopen: async () => createSqliteStore({ file }),
        auth: async () => createSqliteAuthStore({ file: `${file}.auth` }),
        async stored() {
          const db = new DatabaseSync(file);
          const rows = db.prepare("SELECT body FROM events").all() as { body: string | Uint8Array }[];
          db.close();
          return {
            bytes: rows.reduce(
              (sum, r) => sum + (typeof r.body === "string" ? r.body.length : r.body.byteLength),
              0,
            ),
            packed: rows.filter((r) => r.body instanceof Uint8Array).length,
          };
        },
      };
    },
    async tearDown() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function postgresBackend(): Backend {
  const drops: (() => Promise<void>)[] = [];
  return {
    name: "PostgreSQL",
    shared: true,
    async setUp() {
      ensurePostgres();
    },
    async fresh() {
      const db = await createTestDatabase();
      drops.push(db.drop);
      return {
        store: await createPostgresStore({ url: db.url }),
        reopen: () => createPostgresStore({ url: db.url }),
        auth: () => createPostgresAuthStore({ url: db.url }),
        async stored() {
          const [row] = await queryDatabase<{ bytes: number; packed: number }>(
            db.url,
            `SELECT (COALESCE(SUM(octet_length(body)), 0) + COALESCE(SUM(octet_length(packed)), 0))::int AS bytes,
                    COUNT(packed)::int AS packed FROM events`,
          );
          return row!;
        },
      };
    },
    async tearDown() {
      for (const drop of drops) await drop();
    },
  };
}

const RUN = "r-long";
const S = "agent:main:writer";
const WORDS = "the quick brown fox jumps over the lazy dog ".split(" ");

/** A streamed reply of `n` steps, each carrying its delta and the whole text so far, as the gateway sends them. */
function reply(n: number, itemId = "item-1", firstSeq = 0): DraftEvent[] {
  let text = "";
  return Array.from({ length: n }, (_, i) => {
    const delta = `${WORDS[i % WORDS.length]} `;
    const seq = firstSeq + i;
    text += delta;
    return {
      kind: "assistant",
      dedupeKey: `assistant:${RUN}:${seq}`,
      runId: RUN,
      sessionKey: S,
      seq,
      ts: 1_800_000_000_000 + seq,
      itemId,
      text,
      delta,
    };
  });
}

const bigTool = (result: string): DraftEvent =>
  ({
    kind: "tool",
    dedupeKey: "tool:big",
    runId: RUN,
    sessionKey: S,
    seq: 999,
    ts: 1_800_000_001_000,
    phase: "result",
    name: "exec",
    toolCallId: "c1",
    parentToolCallId: null,
    args: null,
    result,
    isError: false,
  }) as DraftEvent;

async function readAll(store: Store, after: number, limit: number) {
  const events: TimelineEvent[] = [];
  for (let cursor: number | null = after; cursor !== null;) {
    const page = await store.listEvents(RUN, cursor, limit);
    events.push(...page.events);
    cursor = page.nextAfter;
  }
  return events;
}

const BUSY = "agent:main:busy";
const base = { sessionKey: BUSY, seq: null, stopReason: null, error: null };
const chatFinal = (runId: string, ts: number): DraftEvent => ({
  ...base,
  runId,
  ts,
  kind: "chat",
  dedupeKey: `${runId}:${ts}`,
  state: "final",
  text: null,
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

const started = (runId: string, sessionKey: string, ts: number): DraftEvent => ({
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
const toolStart = (runId: string, sessionKey: string, name: string): DraftEvent => ({
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

const RESEARCHER = "agent:main:researcher";
const researchBase = { sessionKey: RESEARCHER, seq: null, runId: "run-4f2a" };
const researched: DraftEvent[] = [
  {
    ...researchBase,
    ts: 1,
    kind: "message",
    dedupeKey: "m1",
    role: "user",
    text: "Summarise the quarterly invoices",
    messageId: null,
    provenance: null,
  },
  {
    ...researchBase,
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
    ...researchBase,
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
    ...researchBase,
    ts: 4,
    kind: "chat",
    dedupeKey: "c",
    state: "final",
    text: "Invoices add up.",
    stopReason: null,
    error: null,
  },
];

for (const backend of [sqliteBackend(), postgresBackend()]) {
  describe(`the store contract on ${backend.name}`, () => {
    before(() => backend.setUp());
    after(() => backend.tearDown());

    it("stores each event once, whatever is replayed, and numbers them in order", async () => {
      const { store } = await backend.fresh();
      const first = await store.commitBatch(
        [start("own", 1), start("own", 1), chatFinal("own", 2)],
        projectRuns,
      );
      assert.equal(first.events.length, 2);
      assert.ok(first.events[0]!.cursor < first.events[1]!.cursor);
      assert.equal(first.runs[0]?.status, "completed");
      const again = await store.commitBatch([chatFinal("own", 2), chatFinal("own", 3)], projectRuns);
      assert.deepEqual(
        again.events.map((e) => e.ts),
        [3],
      );
      assert.ok(again.events[0]!.cursor > first.events[1]!.cursor);
      assert.equal(await store.countEvents(), 3);
      assert.equal(await store.lastEventAt(), 3);
      assert.deepEqual(
        (await store.listEvents("own", 0, 10)).events.map((e) => e.kind),
        ["lifecycle", "chat", "chat"],
      );
      await store.close();
    });

    it("reads back every step's whole text from any cursor, and keeps deltas and deflated bodies", async () => {
      const { store, stored } = await backend.fresh();
      const drafts = [...reply(600), ...reply(40, "item-2", 600)];
      const big = "result line\n".repeat(2000);
      for (let i = 0; i < drafts.length; i += 97)
        await store.commitBatch(drafts.slice(i, i + 97), projectRuns);
      await store.commitBatch([bigTool(big)], projectRuns);
      const all = await readAll(store, 0, 50);
      const texts = all.filter((e) => e.kind === "assistant").map((e) => e.text);
      const expected = drafts.map((d) => (d as { text: string }).text);
      assert.equal(texts.length, expected.length);
      assert.equal(
        texts.findIndex((text, i) => text !== expected[i]),
        -1,
        "the first step read back with another text",
      );
      assert.equal((all.at(-1) as { result: unknown }).result, big);
      // A page that starts in the middle of a chain of deltas.
      const tail = await readAll(store, all[333]!.cursor, 7);
      assert.ok(tail.length === all.length - 334 && tail.every((e, i) => isDeepStrictEqual(e, all[334 + i])));
      await store.close();
      const { bytes, packed } = await stored();
      const naive = drafts.reduce((sum, d) => sum + JSON.stringify(d).length, 0) + big.length;
      assert.ok(bytes * 10 < naive, `stored ${bytes} B of ${naive} B`);
      assert.ok(packed >= 1, "the large tool result is deflated");
    });

    it(
      "reads back every text when two instances wrote one reply in turn (a takeover and back)",
      {
        skip: backend.shared ? false : "one writer only",
      },
      async () => {
        const { store, reopen } = await backend.fresh();
        const other = await reopen();
        const drafts = reply(60);
        for (let i = 0; i < drafts.length; i += 10)
          await (i % 20 === 0 ? store : other).commitBatch(drafts.slice(i, i + 10), projectRuns);
        const texts = (await readAll(store, 0, 1000)).map((e) => (e.kind === "assistant" ? e.text : null));
        assert.deepEqual(
          texts,
          drafts.map((d) => (d as { text: string }).text),
        );
        await store.close();
        await other.close();
      },
    );

    it("reads a run by position, and finds an event by seq, by tool call and by text", async () => {
      const { store } = await backend.fresh();
      const total = await seedHugeRun(store, {
        runId: "big",
        sessionKey: "agent:main:big",
        steps: 30,
        needleStep: 17,
      });
      assert.deepEqual(await store.countRunEvents("big"), { total, lastCursor: total });
      const page = await store.listEventsAt("big", 100, 5);
      assert.deepEqual(
        page.map((e) => e.seq),
        [101, 102, 103, 104, 105],
      );
      assert.deepEqual(await store.findRunEvents("big", { seq: 250 }, 10), [{ index: 249, cursor: 250 }]);
      const hits = await store.findRunEvents("big", { q: needle(17).toLowerCase() }, 10);
      assert.ok(hits.length > 0);
      for (const hit of hits) {
        assert.equal(Math.floor(hit.index / 20), 17);
        assert.equal((await store.listEventsAt("big", hit.index, 1))[0]!.cursor, hit.cursor);
      }
      const toolCall = (await store.listEventsAt("big", 0, 20)).find((e) => e.kind === "tool");
      assert.ok(toolCall?.kind === "tool");
      assert.ok((await store.findRunEvents("big", { toolCallId: toolCall.toolCallId }, 10)).length >= 1);
      await store.close();
    });

    it("lists, counts and reopens only runs, not a send id the gateway answered before it ran", async () => {
      const { store } = await backend.fresh();
      await store.commitBatch([start("own", 1), chatFinal("sent", 2)], projectRuns);
      assert.deepEqual(
        (await store.listRuns({ limit: 50 })).runs.map((r) => r.runId),
        ["own"],
      );
      assert.deepEqual(
        (await store.listOpenRuns(10)).map((r) => r.runId),
        ["own"],
      );
      assert.equal((await store.getSession(BUSY))?.activeRuns, 1);
      assert.notEqual((await store.getRun("sent"))?.route, null);
      await store.close();
    });

    it("pages the runs list newest first, by session and status", async () => {
      const { store } = await backend.fresh();
      for (const id of ["a", "b", "c"]) await store.commitBatch([start(id, 10)], projectRuns);
      await store.commitBatch([chatFinal("b", 11)], projectRuns);
      const first = await store.listRuns({ limit: 2 });
      assert.deepEqual(
        first.runs.map((r) => r.runId),
        ["c", "b"],
      );
      const rest = await store.listRuns({ limit: 2, before: first.nextCursor! });
      assert.deepEqual(
        rest.runs.map((r) => r.runId),
        ["a"],
      );
      assert.equal(rest.nextCursor, null);
      const done = await store.listRuns({ limit: 5, status: "completed", session: BUSY });
      assert.deepEqual(
        done.runs.map((r) => r.runId),
        ["b"],
      );
      await store.close();
    });

    it("keeps sessions, routes, alerts, dispatches, policy notes and gaps across a restart", async () => {
      const { store, reopen } = await backend.fresh();
      await store.upsertSessions([
        {
          sessionKey: BUSY,
          agentId: "main",
          label: "busy",
          displayName: null,
          kind: "direct",
          channel: null,
          gatewayStatus: "idle",
          lastActivityAt: 5,
        },
      ]);
      await store.upsertSessions([{ ...(await sessionRecord(store)), label: null, lastActivityAt: 4 }]);
      const route = {
        sendRunId: "sent",
        sessionKey: BUSY,
        acceptedAt: 2,
        behindRunId: "own",
        queueMode: "followup",
        deferred: true,
        carrier: { runId: "carrier", how: "queued" as const, at: 9 },
      };
      await store.saveRoutes([route]);
      await store.saveRoutes([{ ...route, acceptedAt: 3 }]);
      const alert: Alert = {
        alertId: "loop:1",
        kind: "loop",
        rootRunId: "own",
        hopId: null,
        message: "a loop",
        sessions: [BUSY],
        at: 7,
        breaksAt: null,
        endedAt: null,
      };
      assert.equal((await store.upsertAlerts([alert])).length, 1);
      assert.equal((await store.upsertAlerts([alert])).length, 0, "an unchanged alert is not news");
      const dispatch = { runId: "d1", sessionKey: BUSY, message: "hi", sentBy: "ann", at: 8 } as never;
      await store.saveDispatch(dispatch, "key-1");
      await store.saveDispatch({ ...(dispatch as object), runId: "d2" } as never, "key-1");
      const ack = { action: "acknowledge", status: "pending", tries: 1, at: 9, detail: "posting" } as const;
      await store.savePolicyNote("hop-1", ack);
      await store.savePolicyNote("hop-1", {
        action: "confirm",
        status: "done",
        tries: 1,
        at: 10,
        detail: "ok",
      });
      await store.savePolicyNote("hop-1", { ...ack, status: "done", detail: "posted" });
      const gap = {
        id: "g1",
        from: 1,
        to: 2,
        reason: "disconnect" as const,
        recovered: null,
        unrecoverable: [],
      };
      await store.saveGap(gap);
      await store.saveGap({ ...gap, to: 3 });
      await store.close();

      const again = await reopen();
      assert.equal((await again.getSession(BUSY))?.label, "busy", "a missing field keeps what was known");
      assert.equal((await again.listSessions())[0]?.lastActivityAt, 5, "activity never goes back");
      assert.deepEqual(await again.loadRoutes(), [{ ...route, acceptedAt: 3 }]);
      assert.deepEqual(await again.listAlerts(10), [alert]);
      assert.equal((await again.getDispatchByKey("key-1"))?.runId, "d1", "an idempotency key is used once");
      assert.equal(await again.getDispatch("d2"), null);
      assert.deepEqual(
        (await again.getPolicyNotes("hop-1")).map((n) => `${n.action}:${n.status}`),
        ["acknowledge:done", "confirm:done"],
      );
      assert.deepEqual(
        (await again.listGaps(10)).map((g) => g.to),
        [3],
      );
      await again.close();
    });

    it("keeps sign-ins, API tokens (revoked once) and the audit log, newest first by page", async () => {
      const { auth: open } = await backend.fresh();
      const auth = await open();
      await auth.saveSession("hash-1", { name: "ana", role: "operator", expiresAt: Date.now() + 60_000 });
      assert.deepEqual((await auth.getSession("hash-1"))?.name, "ana");
      await auth.deleteSession("hash-1");
      assert.equal(await auth.getSession("hash-1"), null);
      const tok = {
        id: "t1",
        name: "nightly",
        role: "viewer" as const,
        createdAt: 1,
        createdBy: "ana",
        revokedAt: null,
      };
      await auth.saveToken({ ...tok, secretHash: "secret-1" });
      assert.equal((await auth.tokenBySecret("secret-1"))?.name, "nightly");
      assert.equal((await auth.revokeToken("t1", 5))?.revokedAt, 5);
      assert.equal((await auth.revokeToken("t1", 9))?.revokedAt, 5, "revoked once");
      assert.equal(await auth.revokeToken("nope", 9), null);
      assert.deepEqual(await auth.listTokens(), [{ ...tok, revokedAt: 5 }]);
      const entry = {
        at: 1,
        actor: "ana",
        address: "127.0.0.1",
        outcome: "ok" as const,
        status: 200,
        target: null,
      };
      for (const action of ["login", "send", "login"] as const)
        await auth.appendAudit({ ...entry, action } as never);
      const first = await auth.listAudit({ limit: 2 });
      assert.deepEqual(
        first.entries.map((e) => e.action),
        ["login", "send"],
      );
      const rest = await auth.listAudit({ limit: 2, before: first.nextCursor! });
      assert.deepEqual(
        rest.entries.map((e) => e.action),
        ["login"],
      );
      assert.equal((await auth.listAudit({ limit: 5, action: "send" })).entries.length, 1);
      await auth.close();
    });
    it("filters by agent, tool called, start time and handoffs, and counts each run's hops out and in", async () => {
      const { store } = await backend.fresh();
      await store.commitBatch(
        [
          started("a1", "agent:main:a", 1000),
          toolStart("a1", "agent:main:a", "sessions_send"),
          started("b1", "agent:ops:b", 2000),
          toolStart("b1", "agent:ops:b", "web_fetch"),
          started("c1", "agent:main:c", 3000),
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

    it("finds messages, tool arguments and results, and replies by their words", async () => {
      const { store } = await backend.fresh();
      await store.commitBatch(researched, projectRuns);
      const sources = async (q: string) =>
        (await store.search(q, 10)).flatMap((h) => (h.type === "text" ? [h.source] : []));
      assert.deepEqual(await sources("quarterly"), ["message"]);
      assert.deepEqual(await sources("example.com/ledger"), ["tool"]);
      assert.deepEqual(await sources("kroner"), ["tool"]);
      assert.deepEqual((await sources("invoice")).sort(), ["message", "reply"]);
      await store.close();
    });

    it("finds a session by label or key and a run by the start of its id", async () => {
      const { store } = await backend.fresh();
      await store.commitBatch(researched, projectRuns);
      await store.upsertSessions([
        {
          sessionKey: RESEARCHER,
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
        { type: "session", sessionKey: RESEARCHER, label: "Research desk" },
      ]);
      const run = (await store.search("run-4f", 5)).find((h) => h.type === "run");
      assert.deepEqual(run, { type: "run", runId: "run-4f2a", sessionKey: RESEARCHER, status: "completed" });
      await store.close();
    });
  });
}

async function sessionRecord(store: Store) {
  const s = (await store.getSession(BUSY))!;
  return { ...s, gatewayStatus: s.gatewayStatus, lastActivityAt: s.lastActivityAt };
}
