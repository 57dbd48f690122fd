import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { loadConfig } from "@/server/config";
import { Chain, type Hop } from "@/lib/hops";
import { callerTimeoutPlan, chainPlan, fireAndForgetPlan, missingTargetPlan } from "@/server/demo/plans";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { startSwitchboard, type Switchboard } from "@/server/main";
import { createFrameLog } from "../support/frame-log";
import { readSse } from "../support/sse";
import { connectCliClient, type CliClient } from "../support/openclaw-cli-client";
import { startOpenClawHarness, type OpenClawHarness } from "../support/openclaw-harness";
import { SCENARIO_FIXTURE } from "../support/fixture-frames";

const RECORD = !existsSync(SCENARIO_FIXTURE) || process.env.SWITCHBOARD_RECORD_FIXTURES === "1";

async function until<T>(read: () => Promise<T> | T, ok: (value: T) => boolean, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

describe("the bridge against the real OpenClaw gateway", { timeout: 180_000 }, () => {
  let gateway: OpenClawHarness;
  let app: Switchboard;
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-bridge-"));

  const startApp = () =>
    startSwitchboard(
      loadConfig({ PORT: "0", SWITCHBOARD_DATA_DIR: dataDir, OPENCLAW_GATEWAY_URL: gateway.gatewayUrl, OPENCLAW_GATEWAY_TOKEN: gateway.token }),
      { pages: false, gateway: true, log: () => {} },
    );

  before(async () => {
    gateway = await startOpenClawHarness();
    app = await startApp();
  });
  after(async () => {
    await app?.close();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("completes the handshake, negotiates protocol 4 and reads the server version", async () => {
    const status = await until(() => app.status(), (s) => s.state === "connected", "hello-ok");
    assert.equal(status.protocol, 4);
    assert.match(status.serverVersion ?? "", /^2026\.9\./);
    assert.equal(status.error, null);
  });

  it("records a run started on the gateway with its tool call, result and final reply", async () => {
    const { runId } = await app.operations()!.sendMessage(
      "agent:main:bridge-solo",
      plan([{ tool: "session_status", args: {} }, { text: "SOLO-DONE: all good.", chunks: 3 }]),
    );
    const run = await until(() => app.store.getRun(runId), (r) => r?.status === "completed", "the run to complete");
    assert.equal(run?.toolCalls, 1);
    assert.equal(run?.reply, "SOLO-DONE: all good.");
    const { events } = await app.store.listEvents(runId, 0, 1000);
    const tool = events.filter((e) => e.kind === "tool");
    assert.deepEqual(tool.map((e) => (e.kind === "tool" ? [e.name, e.phase] : [])), [["session_status", "start"], ["session_status", "result"]]);
  });

  it("records both sides of a sessions_send handoff, the target's tools via session.tool", async () => {
    const ops = app.operations()!;
    await ops.ensureSession("agent:main:bridge-b", "bridge-b");
    const target = plan([{ tool: "session_status", args: {} }, { text: "B-SAYS: 42" }]);
    const { runId } = await ops.sendMessage(
      "agent:main:bridge-a",
      plan([{ tool: "sessions_send", args: { sessionKey: "agent:main:bridge-b", message: target, timeoutSeconds: 60 } }, { text: "A-SAYS: done" }]),
    );
    await until(() => app.store.getRun(runId), (r) => r?.status === "completed", "the caller to complete", 60_000);
    const { events } = await app.store.listEvents(runId, 0, 1000);
    const result = events.find((e) => e.kind === "tool" && e.name === "sessions_send" && e.phase === "result");
    const targetRunId = (result?.kind === "tool" ? (result.result as { details?: { runId?: string } }).details?.runId : undefined) ?? "";
    const targetRun = await until(() => app.store.getRun(targetRunId), (r) => r?.status === "completed", "the target run");
    assert.equal(targetRun?.sessionKey, "agent:main:bridge-b");
    assert.equal(targetRun?.toolCalls, 1);
    const sessions = await app.store.listSessions();
    assert.ok(sessions.some((s) => s.sessionKey === "agent:main:bridge-b" && s.label === "bridge-b"));
  });

  it("closes a run that ended while the dashboard was down, once it is back", async () => {
    const { runId } = await app.operations()!.sendMessage(
      "agent:main:bridge-away",
      plan([{ text: "AWAY-DONE: finished while nobody watched.", chunks: 4, chunkDelayMs: 700 }]),
    );
    await until(() => app.store.getRun(runId), (r) => r?.status === "running", "the run to start");
    await app.close();
    await new Promise((r) => setTimeout(r, 5000)); // the run finishes meanwhile
    app = await startApp();
    const run = await until(() => app.store.getRun(runId), (r) => r?.status === "completed", "the run to be closed");
    assert.equal(run?.reply, "AWAY-DONE: finished while nobody watched.");
  });

  describe("handoff chains and receipts", () => {
    // A second operator records every frame of these scenarios: the fixture of the link unit tests.
    const recording = createFrameLog();
    let recorder: CliClient | null = null;
    before(async () => {
      recorder = await connectCliClient({ url: gateway.gatewayUrl, token: gateway.token, onFrame: recording.record });
      await recorder.request("sessions.subscribe", {});
    });
    after(async () => {
      await recorder?.stop();
      if (RECORD) recording.write(SCENARIO_FIXTURE, { secrets: [gateway.token], scratchDir: gateway.stateDir });
    });

    const chainOf = async (runId: string) => {
      const res = await fetch(`http://127.0.0.1:${app.port}/api/runs/${runId}/chain`);
      return res.ok ? Chain.parse(await res.json()) : null;
    };
    const hopsOf = async (runId: string): Promise<Hop[]> => (await chainOf(runId))?.hops ?? [];

    it("draws A → B → C with two hops, depths 1 and 2, both replied", async () => {
      const ops = app.operations()!;
      await ops.ensureSession("agent:main:chain-b", "chain-b");
      await ops.ensureSession("agent:main:chain-c", "chain-c");
      const { runId } = await ops.sendMessage("agent:main:chain-a", chainPlan("agent:main:chain-b", "agent:main:chain-c"));
      const hops = await until(() => hopsOf(runId), (h) => h.length === 2 && h.every((x) => x.state === "replied"), "both hops replied", 60_000);
      assert.deepEqual(hops.map((h) => [h.callerSessionKey, h.targetSessionKey, h.depth, h.link]), [
        ["agent:main:chain-a", "agent:main:chain-b", 1, "confirmed"],
        ["agent:main:chain-b", "agent:main:chain-c", 2, "confirmed"],
      ]);
      const chain = await chainOf(hops[1]!.targetRunId!);
      assert.equal(chain?.rootRunId, runId);
      assert.equal(chain?.maxDepth, 2);
    });

    it("shows a caller whose wait ran out as released while the target runs, then completed", async () => {
      const ops = app.operations()!;
      await ops.ensureSession("agent:main:slow-b", "slow-b");
      const { runId } = await ops.sendMessage("agent:main:slow-a", callerTimeoutPlan("agent:main:slow-b"));
      const [released] = await until(() => hopsOf(runId), (h) => h[0]?.state === "caller_released", "caller released", 30_000);
      assert.ok(released!.timestamps.callerReleasedAt !== null && released!.timestamps.endedAt === null);
      const [done] = await until(() => hopsOf(runId), (h) => h[0]?.state === "completed" || h[0]?.state === "replied", "the target to finish", 60_000);
      assert.ok(done!.timestamps.endedAt! > done!.timestamps.callerReleasedAt!);
    });

    it("rejects a send to a session that does not exist, with the gateway's reason", async () => {
      const { runId } = await app.operations()!.sendMessage("agent:main:lonely", missingTargetPlan("agent:main:ghost"));
      const [hop] = await until(() => hopsOf(runId), (h) => h[0]?.state === "rejected", "the rejection", 30_000);
      assert.match(hop!.error ?? "", /No session found/);
    });

    it("follows a fire-and-forget send to the target's end", async () => {
      const ops = app.operations()!;
      await ops.ensureSession("agent:main:ff-b", "ff-b");
      const { runId } = await ops.sendMessage("agent:main:ff-a", fireAndForgetPlan("agent:main:ff-b"));
      const [hop] = await until(() => hopsOf(runId), (h) => h[0]?.state === "completed" || h[0]?.state === "replied", "the target to finish", 30_000);
      assert.equal(hop!.waitSeconds, 0);
      assert.ok(hop!.timestamps.callerReleasedAt !== null);
    });
  });

  describe("sending from Switchboard", () => {
    const api = (path: string, init?: RequestInit) => fetch(`http://127.0.0.1:${app.port}${path}`, init);
    const postJson = (path: string, body: unknown) =>
      api(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    const messages = (key: string) => `/api/sessions/${encodeURIComponent(key)}/messages`;

    before(async () => {
      const res = await postJson("/api/sessions", { agentId: "main", key: "send-a", label: "send-a" });
      assert.equal(res.status, 201);
      await until(() => app.store.getSession("agent:main:send-a"), (s) => s !== null, "the new session in the catalog");
    });

    it("refuses a session that does not exist and a malformed body, clearly", async () => {
      const missing = await postJson(messages("agent:main:nobody"), { message: "hi" });
      assert.equal(missing.status, 404);
      assert.match(((await missing.json()) as { error: { message: string } }).error.message, /No session agent:main:nobody/);
      const empty = await postJson(messages("agent:main:send-a"), { message: "  " });
      assert.equal(empty.status, 400);
      assert.equal(((await empty.json()) as { error: { code: string } }).error.code, "INVALID_REQUEST");
    });

    it("starts one run for a double submit with one idempotency key, and records who sent it", async () => {
      const body = { message: plan([{ text: "ONCE: only one run." }]), idempotencyKey: `double-${Date.now()}` };
      const [first, second] = await Promise.all([postJson(messages("agent:main:send-a"), body), postJson(messages("agent:main:send-a"), body)]);
      const a = (await first.json()) as { runId: string };
      const b = (await second.json()) as { runId: string };
      assert.equal(first.status, 202);
      assert.equal(a.runId, b.runId);
      const again = (await (await postJson(messages("agent:main:send-a"), body)).json()) as { runId: string; status: string };
      assert.deepEqual(again, { runId: a.runId, status: "duplicate" });
      await until(() => app.store.getRun(a.runId), (r) => r?.status === "completed", "the run");
      const runs = await app.store.listRuns({ session: "agent:main:send-a", limit: 50 });
      assert.equal(runs.runs.filter((r) => r.reply === "ONCE: only one run.").length, 1);
      assert.match((await app.store.getDispatch(a.runId))?.user ?? "", /\(local\)$/);
    });

    it("answers a send with stream:true by the progress stream, ending in one result", async () => {
      const res = await postJson(messages("agent:main:send-a"), {
        message: plan([{ tool: "session_status", args: {} }, { text: "STREAMED: done.", chunks: 3 }]),
        stream: true,
      });
      assert.match(res.headers.get("content-type") ?? "", /text\/event-stream/);
      const events = await readSse(res);
      const result = events.at(-1)!;
      assert.equal(result.event, "result");
      const data = result.data as { status: string; reply: string; progress: { summary: string }[] };
      assert.equal(data.status, "completed");
      assert.equal(data.reply, "STREAMED: done.");
      assert.ok(data.progress.some((p) => p.summary === "session_status done"));
      assert.ok(events.some((e) => e.event === "tool") && events.some((e) => e.event === "assistant"));
      const ids = events.filter((e) => e.id).map((e) => Number(e.id));
      assert.deepEqual(ids, [...ids].sort((x, y) => x - y));

      const runId = (events.find((e) => e.event === "tool")!.data as { runId: string }).runId;
      const resumed = await readSse(await api(`/api/runs/${runId}/stream`, { headers: { "last-event-id": String(ids[2]) } }));
      assert.ok(resumed.filter((e) => e.id).every((e) => Number(e.id) > ids[2]!));
      assert.equal(resumed.at(-1)?.event, "result");
    });

    it("follows the hops of a run with follow=hops until every run has ended", async () => {
      await app.operations()!.ensureSession("agent:main:send-b", "send-b");
      const res = await postJson(`${messages("agent:main:send-a")}?follow=hops&events=tool,lifecycle`, {
        message: plan([{ tool: "sessions_send", args: { sessionKey: "agent:main:send-b", message: plan([{ text: "B here." }]), timeoutSeconds: 0 } }, { text: "A: sent." }]),
        stream: true,
      });
      const events = await readSse(res);
      const result = events.at(-1)!.data as { runs: { sessionKey: string; status: string }[] };
      assert.deepEqual(result.runs.map((r) => [r.sessionKey, r.status]).sort(), [["agent:main:send-a", "completed"], ["agent:main:send-b", "completed"]]);
      assert.ok(events.filter((e) => e.id).every((e) => ["tool", "lifecycle"].includes(e.event)));
    });

    it("aborts a running run", async () => {
      const sent = (await (await postJson(messages("agent:main:send-a"), { message: plan([{ text: "slow…", chunks: 10, chunkDelayMs: 1000 }]) })).json()) as { runId: string };
      await until(() => app.store.getRun(sent.runId), (r) => r?.status === "running", "the run to start");
      const res = await postJson(`/api/runs/${sent.runId}/abort`, {});
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { aborted: boolean }).aborted, true);
      await until(() => app.store.getRun(sent.runId), (r) => r?.status === "aborted", "the run to be aborted");
    });
  });
});
