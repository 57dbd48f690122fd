import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { io } from "socket.io-client";
import type { Health } from "@/lib/health";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { handoffPlan, planMessage, statusStep, textStep, toolRunPlan } from "@/server/demo/plans";
import { TEST_ADMIN_TOKEN } from "../support/api-client";
import { compareWithGateway } from "../support/history-comparison";
import { connectCliClient, type CliClient } from "../support/openclaw-cli-client";
import { startOpenClawHarness, type OpenClawHarness } from "../support/openclaw-harness";
import { createTestDatabase, ensurePostgres } from "../support/postgres";
import { ensureRedis, TEST_REDIS_URL } from "../support/redis";
import { onDataDir, startSwitchboardProcess, type SwitchboardProcess } from "../support/switchboard-process";
import { until } from "../support/until";
import { USERS_EXAMPLE } from "../support/users-example";

/** Four tool calls with pauses, then a streamed final text: long enough to kill a leader mid-run. */
const longWork = (tag: string) =>
  planMessage(`Long work ${tag}.`, [
    statusStep(),
    statusStep(700),
    statusStep(700),
    statusStep(700),
    textStep(`DONE-${tag}: four checks made.`, 100, 3),
  ]);

/**
 * Two Switchboard instances (child processes) on one PostgreSQL database and one Redis,
 * against the real gateway: the leader ingests, the standby serves; SIGKILL the leader and
 * the standby takes over, backfills, and the store matches the gateway's history.
 */
describe("several instances on PostgreSQL and Redis, against the real gateway", { timeout: 600_000 }, () => {
  let gateway: OpenClawHarness;
  let cli: CliClient;
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const dirs: string[] = [];
  const instances: SwitchboardProcess[] = [];

  const instance = async (id: string, env: Record<string, string> = {}) => {
    const dir = mkdtempSync(join(tmpdir(), `switchboard-${id}-`));
    dirs.push(dir);
    writeFileSync(join(dir, "switchboard.config.json"), JSON.stringify(USERS_EXAMPLE));
    const sb = await startSwitchboardProcess({
      ...onDataDir(dir, { url: gateway.gatewayUrl, token: gateway.token }),
      SWITCHBOARD_DATABASE_URL: db.url,
      SWITCHBOARD_REDIS_URL: TEST_REDIS_URL,
      SWITCHBOARD_INSTANCE_ID: id,
      ...env,
    });
    instances.push(sb);
    return sb;
  };
  const health = async (sb: SwitchboardProcess) =>
    (await (await sb.api().get("/api/health")).json()) as Health;
  const leading = (sb: SwitchboardProcess) =>
    until(
      () => health(sb),
      (h) => h.instance.leader && h.gateway.state === "connected",
      `${sb.port} to lead, connected to the gateway`,
      30_000,
    );
  const send = async (sessionKey: string, message: string) =>
    (await cli.request<{ runId: string }>("chat.send", { sessionKey, message, idempotencyKey: randomUUID() }))
      .runId;
  const runOn = async (sb: SwitchboardProcess, runId: string) => {
    const res = await sb.api().get(`/api/runs/${runId}`);
    return res.ok ? ((await res.json()) as { run: RunSummary }).run : null;
  };
  /** Instance B alone, after A was killed: the first test leaves A leading and B standing by. */
  let a: SwitchboardProcess;
  let b: SwitchboardProcess;

  before(async () => {
    ensurePostgres();
    ensureRedis();
    db = await createTestDatabase();
    gateway = await startOpenClawHarness();
    cli = await connectCliClient({ url: gateway.gatewayUrl, token: gateway.token, onFrame: () => {} });
  });
  after(async () => {
    for (const sb of instances) await sb.stop().catch(() => {});
    await cli?.stop();
    await gateway?.stop();
    await db?.drop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("a browser on instance B sees the runs instance A ingests, live, each event once", async (t) => {
    a = await instance("a");
    await leading(a);
    b = await instance("b");
    const standby = await until(
      () => health(b),
      (h) => h.gateway.state === "connected",
      "B to show the leader's gateway status",
    );
    assert.deepEqual(standby.instance, { id: "b", leader: false });
    assert.equal((await health(a)).instance.id, "a");
    const metrics = await (await b.api().get("/metrics")).text();
    assert.match(metrics, /^switchboard_leader 0$/m);

    const socket = io(`http://127.0.0.1:${b.port}`, {
      transports: ["websocket"],
      reconnection: false,
      auth: { token: TEST_ADMIN_TOKEN },
    });
    const updates: RunSummary[] = [];
    const events: TimelineEvent[] = [];
    socket.on("run:updated", (run: RunSummary) => updates.push(run));
    socket.on("timeline:appended", (batch: { events: TimelineEvent[] }) => events.push(...batch.events));
    await new Promise((resolve) => socket.emit("feed:subscribe", resolve));
    const sessionKey = `agent:main:scale-live-${randomUUID().slice(0, 6)}`;
    await cli.request("sessions.create", { key: sessionKey });
    const runId = await send(sessionKey, toolRunPlan());
    await until(
      () => updates.some((r) => r.runId === runId),
      (seen) => seen,
      "B's socket to hear of A's run",
    );
    await new Promise((resolve) => socket.emit("run:subscribe", { runId, after: 0 }, resolve));
    await until(
      () => updates.find((r) => r.runId === runId && r.status === "completed"),
      (run) => run !== undefined,
      "the run completed, seen on B",
    );
    const stored = (await (await b.api().get(`/api/runs/${runId}/events?limit=1000`)).json()) as {
      events: TimelineEvent[];
    };
    await until(
      () => events.filter((e) => e.runId === runId).length,
      (n) => n >= stored.events.length,
      "every stored event on B's socket",
    );
    const cursors = events.filter((e) => e.runId === runId).map((e) => e.cursor);
    assert.equal(new Set(cursors).size, cursors.length, "each event once");
    assert.deepEqual(
      cursors,
      stored.events.map((e) => e.cursor),
    );
    t.diagnostic(`B's socket: ${updates.length} run updates, ${cursors.length} events of A's run`);
    socket.close();
  });

  it("A SIGKILLed mid-run: B takes over within 10 s, and every run matches the gateway's history, no duplicates", async (t) => {
    const sessions = Array.from(
      { length: 4 },
      (_, i) => `agent:main:scale-kill-${i}-${randomUUID().slice(0, 6)}`,
    );
    for (const key of sessions) await cli.request("sessions.create", { key });
    const runIds: string[] = [];
    for (const key of sessions) runIds.push(await send(key, longWork(key.slice(-6))));
    await until(
      () => runOn(b, runIds[0]!),
      (run) => (run?.toolCalls ?? 0) >= 1,
      "the runs under way, read on B",
    );
    const killedAt = Date.now();
    await a.kill();
    await leading(b);
    const takeoverMs = Date.now() - killedAt;
    for (const runId of runIds) await cli.request("agent.wait", { runId, timeoutMs: 60_000 });
    const comparison = await until(
      () => compareWithGateway(b.api(), { url: gateway.gatewayUrl, token: gateway.token }, sessions),
      (c) => c.mismatches.length === 0,
      "the store to match the gateway's history",
      60_000,
    );
    console.warn(`FIGURES scale-out takeover: ${JSON.stringify({ takeoverMs, ...comparison })}`);
    t.diagnostic(`takeover ${takeoverMs} ms; ${JSON.stringify(comparison)}`);
    assert.ok(takeoverMs < 10_000, `B took over in ${takeoverMs} ms`);
    assert.equal(comparison.duplicates, 0);
    assert.equal(comparison.statuses.completed, sessions.length);
  });

  it("a takeover while a handoff's acknowledgement is posted but not saved: exactly one acknowledgement", async (t) => {
    // B leads now; a new standby C joins, then B is killed between the post and its save.
    await b.stop();
    a = await instance("a2", { SWITCHBOARD_TEST_HOLD_AFTER_POST: "acknowledge" });
    await leading(a);
    const c = await instance("c");
    const caller = `agent:main:scale-hop-a-${randomUUID().slice(0, 6)}`;
    const target = `agent:main:scale-hop-b-${randomUUID().slice(0, 6)}`;
    await cli.request("sessions.create", { key: caller, label: `Planner ${caller.slice(-6)}` });
    await cli.request("sessions.create", { key: target, label: `Worker ${target.slice(-6)}` });
    const runId = await send(caller, handoffPlan(target, { timeoutSeconds: 60 }));
    await a.line(new RegExp(`note posted: ${runId}:\\S+ acknowledge; holding`), 90_000);
    await a.kill();
    await leading(c);
    const hop = await until(
      async () => {
        const res = await c.api().get(`/api/runs/${runId}/chain`);
        return res.ok
          ? ((await res.json()) as { hops: Hop[] }).hops.find((h) => h.callerRunId === runId)
          : undefined;
      },
      (h) => h?.notes.filter((n) => n.status === "done").length === 2,
      "both notes done after the takeover",
      90_000,
    );
    const injected = async (sessionKey: string) =>
      (
        await cli.request<{ messages: { model?: string }[] }>("chat.history", { sessionKey, limit: 200 })
      ).messages.filter((m) => m.model === "gateway-injected").length;
    const acks = await injected(target);
    const confirms = await injected(caller);
    t.diagnostic(`after the takeover: ${acks} acknowledgement(s), ${confirms} confirmation(s)`);
    console.warn(`FIGURES scale-out handoff: ${JSON.stringify({ acks, confirms, notes: hop!.notes })}`);
    assert.equal(acks, 1, "one acknowledgement");
    assert.equal(confirms, 1, "one confirmation");
    assert.match(hop!.notes.find((n) => n.action === "acknowledge")!.detail ?? "", /found in the transcript/);
  });
});
