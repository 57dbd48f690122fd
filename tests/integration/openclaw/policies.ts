import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, it } from "node:test";
import type { Hop } from "@/lib/hops";
import { handoffPlan } from "@/server/demo/plans";
import type { Switchboard } from "@/server/main";
import { connectCliClient, type CliClient } from "../../support/openclaw-cli-client";
import { apiOf, type GatewayContext, plan, until } from "./context";

const POLICIES = {
  handoffPolicies: {
    autoAcknowledge: {
      template: "Handoff received from {sender} ({sender_session}), depth {depth} — processing now.",
    },
    deliveryConfirmation: { template: "Delivered to {target_session} at {timestamp}" },
    loopGuard: "abort",
  },
};

/** A second Switchboard on the same gateway, with handoff policies on. */
export function policyTests(ctx: GatewayContext): void {
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-policies-"));
  let app: Switchboard;
  let reader: CliClient;
  const start = () =>
    ctx.startApp({ SWITCHBOARD_CONFIG_PATH: join(dataDir, "switchboard.config.json") }, dataDir);
  /** The hop a run started, as the policy app's API shows it. */
  const hopFrom = async (runId: string): Promise<Hop | undefined> => {
    const res = await apiOf(app).get(`/api/runs/${runId}/chain`);
    return res.ok
      ? ((await res.json()) as { hops: Hop[] }).hops.find((h) => h.callerRunId === runId)
      : undefined;
  };
  const history = async (sessionKey: string) =>
    JSON.stringify(await reader.request("chat.history", { sessionKey, limit: 100 }));
  const count = (text: string, needle: RegExp) => text.match(new RegExp(needle.source, "g"))?.length ?? 0;

  before(async () => {
    writeFileSync(join(dataDir, "switchboard.config.json"), JSON.stringify(POLICIES));
    app = await start();
    reader = await connectCliClient({
      url: ctx.gateway.gatewayUrl,
      token: ctx.gateway.token,
      onFrame: () => {},
    });
    await until(
      () => app.status(),
      (s) => s.state === "connected",
      "the policy app to connect",
    );
  });
  after(async () => {
    await reader?.stop();
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("acknowledges in the target and confirms in the caller, in order and exactly once, also across a restart", async () => {
    const ops = app.operations()!;
    await ops.ensureSession("agent:main:pol-b", "pol-b");
    const { runId } = await ops.sendMessage("agent:main:pol-a", handoffPlan("agent:main:pol-b"));
    const hop = await until(
      () => hopFrom(runId),
      (h) => h?.notes.length === 2 && h.notes.every((n) => n.status === "done"),
      "both notes",
      60_000,
    );
    assert.deepEqual(
      hop!.notes.map((n) => n.action),
      ["acknowledge", "confirm"],
    );
    assert.ok(hop!.notes[0]!.at <= hop!.notes[1]!.at);

    await app.close();
    app = await start();
    await until(
      () => app.status(),
      (s) => s.state === "connected",
      "the restart",
    );
    await new Promise((r) => setTimeout(r, 1500));
    const target = await history("agent:main:pol-b");
    const caller = await history("agent:main:pol-a");
    assert.equal(count(target, /Handoff received from \S+ \(agent:main:pol-a\), depth 1/), 1);
    assert.equal(count(caller, /Delivered to agent:main:pol-b at 20\d\d-\d\d-\d\dT/), 1);
  });

  it("aborts the run that would close a loop A → B → A, with the reason on the hop", async () => {
    const ops = app.operations()!;
    await ops.ensureSession("agent:main:loop-b", "loop-b");
    const back = plan([
      {
        tool: "sessions_send",
        args: { sessionKey: "agent:main:loop-a", message: "back to you", timeoutSeconds: 0 },
        sleepMs: 300,
      },
      { text: "B: bounced it back." },
    ]);
    const { runId } = await ops.sendMessage(
      "agent:main:loop-a",
      handoffPlan("agent:main:loop-b", { timeoutSeconds: 20, targetMessage: back }),
    );
    const first = await until(
      () => hopFrom(runId),
      (h) => !!h?.targetRunId,
      "A → B to link",
      30_000,
    );
    const bRun = first!.targetRunId!;
    const closing = await until(
      () => hopFrom(bRun),
      (h) => h?.notes.some((n) => n.action === "loop_guard" && n.status === "done") ?? false,
      "the loop guard",
      30_000,
    );
    assert.match(
      closing!.notes.find((n) => n.action === "loop_guard")!.detail ?? "",
      /loop: agent:main:loop-a → agent:main:loop-b → agent:main:loop-a/,
    );
    await until(
      () => app.store.getRun(bRun),
      (r) => r?.status === "aborted",
      "B's run to be aborted",
      30_000,
    );
  });

  it("refuses to start with a bad config file, naming the field", () => {
    const bad = join(dataDir, "bad.json");
    writeFileSync(
      bad,
      JSON.stringify({ handoffPolicies: { deliveryConfirmation: { template: "at {when}" } } }),
    );
    const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
      env: { ...process.env, SWITCHBOARD_CONFIG_PATH: bad, PORT: "0", SWITCHBOARD_DATA_DIR: dataDir },
      encoding: "utf8",
      timeout: 60_000,
    });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /Switchboard did not start\. .*bad\.json is invalid:/);
    assert.match(
      result.stderr,
      /handoffPolicies\.deliveryConfirmation\.template: unknown placeholder \{when\}/,
    );
  });
}
