import assert from "node:assert/strict";
import { it } from "node:test";
import { type GatewayContext, plan, until } from "./context";

export function bridgeTests(ctx: GatewayContext): void {
  it("completes the handshake, negotiates protocol 4 and reads the server version", async () => {
    const status = await until(
      () => ctx.app.status(),
      (s) => s.state === "connected",
      "hello-ok",
    );
    assert.equal(status.protocol, 4);
    assert.match(status.serverVersion ?? "", /^2026\.9\./);
    assert.equal(status.error, null);
  });

  it("records a run started on the gateway with its tool call, result and final reply", async () => {
    const { runId } = await ctx.app.operations()!.sendMessage(
      "agent:main:bridge-solo",
      plan([
        { tool: "session_status", args: {} },
        { text: "SOLO-DONE: all good.", chunks: 3 },
      ]),
    );
    const run = await until(
      () => ctx.app.store.getRun(runId),
      (r) => r?.status === "completed",
      "the run to complete",
    );
    assert.equal(run?.toolCalls, 1);
    assert.equal(run?.reply, "SOLO-DONE: all good.");
    const { events } = await ctx.app.store.listEvents(runId, 0, 1000);
    const tool = events.filter((e) => e.kind === "tool");
    assert.deepEqual(
      tool.map((e) => (e.kind === "tool" ? [e.name, e.phase] : [])),
      [
        ["session_status", "start"],
        ["session_status", "result"],
      ],
    );
  });

  it("records both sides of a sessions_send handoff, the target's tools via session.tool", async () => {
    const ops = ctx.app.operations()!;
    await ops.ensureSession("agent:main:bridge-b", "bridge-b");
    const target = plan([{ tool: "session_status", args: {} }, { text: "B-SAYS: 42" }]);
    const { runId } = await ops.sendMessage(
      "agent:main:bridge-a",
      plan([
        {
          tool: "sessions_send",
          args: { sessionKey: "agent:main:bridge-b", message: target, timeoutSeconds: 60 },
        },
        { text: "A-SAYS: done" },
      ]),
    );
    await until(
      () => ctx.app.store.getRun(runId),
      (r) => r?.status === "completed",
      "the caller to complete",
      60_000,
    );
    const { events } = await ctx.app.store.listEvents(runId, 0, 1000);
    const result = events.find(
      (e) => e.kind === "tool" && e.name === "sessions_send" && e.phase === "result",
    );
    const targetRunId =
      (result?.kind === "tool"
        ? (result.result as { details?: { runId?: string } }).details?.runId
        : undefined) ?? "";
    const targetRun = await until(
      () => ctx.app.store.getRun(targetRunId),
      (r) => r?.status === "completed",
      "the target run",
    );
    assert.equal(targetRun?.sessionKey, "agent:main:bridge-b");
    assert.equal(targetRun?.toolCalls, 1);
    const sessions = await ctx.app.store.listSessions();
    assert.ok(sessions.some((s) => s.sessionKey === "agent:main:bridge-b" && s.label === "bridge-b"));
  });

  it("closes a run that ended while the dashboard was down, once it is back", async () => {
    const { runId } = await ctx.app
      .operations()!
      .sendMessage(
        "agent:main:bridge-away",
        plan([{ text: "AWAY-DONE: finished while nobody watched.", chunks: 4, chunkDelayMs: 700 }]),
      );
    await until(
      () => ctx.app.store.getRun(runId),
      (r) => r?.status === "running",
      "the run to start",
    );
    await ctx.app.close();
    await new Promise((r) => setTimeout(r, 5000)); // the run finishes meanwhile
    ctx.app = await ctx.startApp();
    const run = await until(
      () => ctx.app.store.getRun(runId),
      (r) => r?.status === "completed",
      "the run to be closed",
    );
    assert.equal(run?.reply, "AWAY-DONE: finished while nobody watched.");
  });
}
