import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { Gap } from "@/lib/gaps";
import type { RunSummary } from "@/lib/runs";
import { loadConfig } from "@/server/config";
import { HopsPage } from "@/lib/hops";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { startSwitchboard, type Switchboard } from "@/server/main";
import { apiClient, TEST_ADMIN_TOKEN } from "../support/api-client";
import { compareWithGateway } from "../support/history-comparison";
import { connectCliClient } from "../support/openclaw-cli-client";
import { startRestartableGateway, type RestartableGateway } from "../support/restartable-gateway";
import { until } from "../support/until";
import { handOff } from "./nothing-lost/handoff";
import type { Scenario } from "./nothing-lost/scenario";
import { registerStoreFaultTests } from "./nothing-lost/store-faults";

/** Four tool calls, then a final text: a run long enough to be cut in the middle. */
const work = (tag: string, pauseMs: number) =>
  `${PLAN_MARKER} ${JSON.stringify([
    { tool: "session_status", args: {} },
    { tool: "session_status", args: {}, sleepMs: pauseMs },
    { tool: "session_status", args: {}, sleepMs: pauseMs },
    { tool: "session_status", args: {}, sleepMs: pauseMs },
    { text: `DONE-${tag}: four checks made.`, chunks: 3, chunkDelayMs: 100 },
  ])}`;

describe("nothing lost: faults injected against the real gateway", { timeout: 600_000 }, () => {
  let gateway: RestartableGateway;
  const dirs: string[] = [];
  const apps: Switchboard[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "switchboard-nothing-lost-"));
    dirs.push(dir);
    return dir;
  };
  const scenario: Scenario = {
    get gateway() {
      return gateway;
    },
    async startApp(dir, gatewayUrl = gateway.url) {
      const app = await startSwitchboard(
        loadConfig({
          PORT: "0",
          SWITCHBOARD_DATA_DIR: dir,
          SWITCHBOARD_CONFIG_PATH: join(dir, "switchboard.config.json"),
          OPENCLAW_GATEWAY_URL: gatewayUrl,
          OPENCLAW_GATEWAY_TOKEN: gateway.token,
          SWITCHBOARD_TOKEN: TEST_ADMIN_TOKEN,
        }),
        { pages: false, gateway: true, log: () => {} },
      );
      apps.push(app);
      return app;
    },
    async burst(tag, n, pauseMs) {
      const client = await connectCliClient({ url: gateway.url, token: gateway.token, onFrame: () => {} });
      const sessions = Array.from({ length: n }, (_, i) => `agent:main:${tag}-${i}`);
      const runIds: string[] = [];
      for (const sessionKey of sessions) {
        const idempotencyKey = randomUUID();
        await client.request("chat.send", { sessionKey, message: work(`${tag}`, pauseMs), idempotencyKey });
        runIds.push(idempotencyKey);
      }
      await client.stop();
      return { sessions, runIds };
    },
    async waitForGateway(runIds) {
      const client = await connectCliClient({ url: gateway.url, token: gateway.token, onFrame: () => {} });
      for (const runId of runIds) await client.request("agent.wait", { runId, timeoutMs: 60_000 });
      await client.stop();
    },
    async report(name, api, sessions, reason) {
      const gap = await until(
        async () => ((await (await api.get("/api/gaps")).json()) as { gaps: Gap[] }).gaps,
        (gaps) => gaps.some((g) => g.reason === reason && g.recovered !== null),
        `a ${reason} gap, backfilled`,
        60_000,
      ).then((gaps) => gaps.find((g) => g.reason === reason && g.recovered !== null)!);
      const comparison = await until(
        () => compareWithGateway(api, gateway, sessions),
        (c) => c.mismatches.length === 0,
        "the store to match the gateway's history",
        60_000,
      );
      console.warn(`FIGURES ${name}: ${JSON.stringify({ gap, ...comparison })}`);
      return { gap, ...comparison };
    },
  };

  before(async () => (gateway = await startRestartableGateway()));
  after(async () => {
    for (const app of apps) await app.close().catch(() => {});
    await gateway?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("a gateway killed mid-run and restarted: runs it lost end interrupted with when, a run with its final keeps it", async () => {
    const app = await scenario.startApp(dataDir());
    const api = apiClient(`http://127.0.0.1:${app.port}`);
    const early = await scenario.burst("restart-early", 1, 0);
    await until(
      () => app.store.getRun(early.runIds[0]!),
      (r) => r?.status === "completed",
      "the early run",
    );
    const cut = await scenario.burst("restart-cut", 3, 4000);
    // A handoff whose target run the restart cuts, and one queued behind that run.
    const target = "agent:main:restart-target";
    const handoff = await handOff(app, gateway, {
      caller: "agent:main:restart-caller",
      target,
      work: work("handoff", 4000),
      createTarget: true,
      ready: (h) => h.targetRunId !== null,
    });
    const queued = await handOff(app, gateway, {
      caller: "agent:main:restart-queued",
      target,
      work: work("queued", 0),
      createTarget: false,
      ready: (h) => h.queuedBehindRunId !== null,
    });
    for (const runId of [...cut.runIds, handoff.targetRunId!])
      await until(
        () => app.store.getRun(runId),
        (r) => (r?.toolCalls ?? 0) >= 1,
        "each run's first tool call",
      );
    await gateway.kill();
    await gateway.restart();
    const figures = await scenario.report(
      "gateway-restart",
      api,
      [...early.sessions, ...cut.sessions],
      "gateway_restart",
    );
    assert.equal((await app.store.getRun(early.runIds[0]!))?.status, "completed");
    const runs = await Promise.all(cut.runIds.map((id) => app.store.getRun(id)));
    for (const run of runs) {
      assert.ok(run && run.status !== "running" && run.status !== "queued", `${run?.runId} ended`);
      if (run.status === "interrupted")
        assert.match(run.error ?? "", /^the gateway restarted at \d\d:\d\d:\d\d UTC$/);
    }
    assert.ok(figures.gap.unrecoverable.some((u) => /streaming text/.test(u)));
    // Both handoffs end failed, and say why, instead of "started" or "queued" for ever.
    const failed = async (caller: string) =>
      until(
        async () => HopsPage.parse(await (await api.get(`/api/hops?session=${caller}`)).json()).hops[0],
        (h) => h?.state === "failed",
        `the handoff from ${caller} to fail`,
      );
    const restarted = /^the gateway restarted at \d\d:\d\d:\d\d UTC/;
    assert.match((await failed(handoff.callerSessionKey))!.error ?? "", new RegExp(`${restarted.source}$`));
    const dropped = await failed(queued.callerSessionKey);
    assert.equal(dropped!.queuedBehindRunId, handoff.targetRunId);
    assert.match(
      dropped!.error ?? "",
      new RegExp(`${restarted.source}; the message queued behind that run was dropped with it$`),
    );
  });

  it("Switchboard SIGKILLed mid-burst and restarted on its data dir: every tool call and final text is back", async () => {
    const { onDataDir, startSwitchboardProcess } = await import("../support/switchboard-process");
    const env = onDataDir(dataDir(), gateway);
    let child = await startSwitchboardProcess(env);
    let api = child.api();
    const { sessions, runIds } = await scenario.burst("sigkill", 5, 700);
    await until(
      async () => ((await (await api.get(`/api/runs/${runIds[0]}`)).json()) as { run?: RunSummary }).run,
      (run) => (run?.toolCalls ?? 0) >= 1,
      "the burst to be under way",
    );
    await child.kill();
    child = await startSwitchboardProcess(env);
    api = child.api();
    await scenario.waitForGateway(runIds);
    const figures = await scenario.report("switchboard-sigkill", api, sessions, "switchboard_downtime");
    assert.equal(figures.statuses.completed, 5);
    await child.kill();
  });

  it("Switchboard stopped for a whole scenario: the runs it never saw are backfilled, whole", async () => {
    const dir = dataDir();
    const first = await scenario.startApp(dir);
    await scenario.burst("before-stop", 1, 0);
    await until(
      () => first.store.countEvents(),
      (n) => n > 0,
      "something stored",
    );
    await first.close();
    const { sessions, runIds } = await scenario.burst("while-stopped", 3, 200);
    await scenario.waitForGateway(runIds);
    const app = await scenario.startApp(dir);
    const figures = await scenario.report(
      "stopped-whole-scenario",
      apiClient(`http://127.0.0.1:${app.port}`),
      sessions,
      "switchboard_downtime",
    );
    assert.equal(figures.statuses.completed, 3);
    assert.ok(figures.backfilledEvents > 0);
    const run = await app.store.getRun(runIds[0]!);
    assert.equal(run?.toolCalls, 4);
  });

  it("frames dropped on the way (a seq gap): the run's missing events come back from history", async () => {
    const { startFrameDropper } = await import("../support/frame-dropper");
    const dropper = await startFrameDropper(gateway.url);
    const app = await scenario.startApp(dataDir(), dropper.url);
    await until(
      () => app.status(),
      (s) => s.state === "connected",
      "connected through the proxy",
    );
    const { sessions, runIds } = await scenario.burst("seq-gap", 1, 1500);
    await until(
      () => app.store.getRun(runIds[0]!),
      (r) => (r?.toolCalls ?? 0) >= 1,
      "the run under way",
    );
    dropper.drop(6);
    await scenario.waitForGateway(runIds);
    const figures = await scenario.report(
      "seq-gap",
      apiClient(`http://127.0.0.1:${app.port}`),
      sessions,
      "seq_jump",
    );
    assert.equal(dropper.dropped(), 6);
    assert.equal(figures.statuses.completed, 1);
    await dropper.close();
  });

  describe("the store refuses writes", () => registerStoreFaultTests(scenario, dataDir));
});
