import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import type { EventFrame } from "@openclaw/gateway-protocol";
import { handoffPlan } from "@/server/demo/plans";
import { createFrameLog } from "../support/frame-log";
import { connectCliClient, type CliClient } from "../support/openclaw-cli-client";
import { startOpenClawHarness, type OpenClawHarness } from "../support/openclaw-harness";

/** A recorded fixture for unit tests; rewritten only when missing or asked for, so runs don't churn it. */
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "openclaw-2026.9.6-plan-handoff.jsonl");
const RECORD = !existsSync(FIXTURE) || process.env.SWITCHBOARD_RECORD_FIXTURES === "1";

const A = "agent:main:harness-a";
const B = "agent:main:harness-b";

type Payload = {
  runId?: string;
  sessionKey?: string;
  stream?: string;
  state?: string;
  data?: Record<string, unknown>;
};
const payload = (event: EventFrame) => (event.payload ?? {}) as Payload;
const isToolEvent = (event: EventFrame) =>
  (event.event === "agent" || event.event === "session.tool") && payload(event).stream === "tool";

describe("the real OpenClaw gateway driven by the scripted model", { timeout: 180_000 }, () => {
  const frames = createFrameLog();
  let harness: OpenClawHarness | undefined;
  let client: CliClient | undefined;

  before(async () => {
    harness = await startOpenClawHarness();
    client = await connectCliClient({
      url: harness.gatewayUrl,
      token: harness.token,
      onFrame: frames.record,
    });
  });

  after(async () => {
    await client?.stop();
    await harness?.stop();
  });

  it("runs a planned A → B handoff and links B's run through the sessions_send result", async () => {
    const gateway = client!;
    assert.equal(gateway.hello.protocol, 4);
    assert.equal(gateway.hello.server.version, "2026.9.6");
    await gateway.request("sessions.subscribe", {});
    await gateway.request("sessions.create", { key: B, label: "harness-b" });
    const idempotencyKey = `harness-${randomUUID()}`;
    await gateway.request("chat.send", { sessionKey: A, message: handoffPlan(B), idempotencyKey });

    const sendStart = await frames.waitForEvent(
      "A's sessions_send start",
      (e) =>
        isToolEvent(e) &&
        payload(e).sessionKey === A &&
        payload(e).data?.phase === "start" &&
        payload(e).data?.name === "sessions_send",
    );
    assert.equal(sendStart.event, "agent");
    assert.equal(payload(sendStart).runId, idempotencyKey, "chat.send's idempotency key is A's runId");

    const bStart = await frames.waitForEvent(
      "B's lifecycle start",
      (e) =>
        e.event === "agent" &&
        payload(e).sessionKey === B &&
        payload(e).stream === "lifecycle" &&
        payload(e).data?.phase === "start",
    );
    const bRunId = payload(bStart).runId;
    assert.ok(bRunId);
    const bTool = await frames.waitForEvent(
      "B's tool via session.tool",
      (e) => e.event === "session.tool" && payload(e).sessionKey === B && payload(e).data?.phase === "start",
    );
    assert.equal(payload(bTool).runId, bRunId);
    assert.equal(payload(bTool).data?.name, "session_status");
    await frames.waitForEvent(
      "B's chat final",
      (e) => e.event === "chat" && payload(e).runId === bRunId && payload(e).state === "final",
    );

    const sendResult = await frames.waitForEvent(
      "A's sessions_send result",
      (e) => isToolEvent(e) && payload(e).runId === idempotencyKey && payload(e).data?.phase === "result",
    );
    const details = (
      payload(sendResult).data?.result as {
        details?: { runId?: string; status?: string; sessionKey?: string };
      }
    ).details;
    assert.deepEqual(
      { runId: details?.runId, status: details?.status, sessionKey: details?.sessionKey },
      { runId: bRunId, status: "ok", sessionKey: B },
    );

    // Let the announce turn in A finish too, so the recording holds the whole flow.
    await frames.waitForEvent(
      "A's announce turn",
      (e) =>
        e.event === "chat" &&
        payload(e).sessionKey === A &&
        payload(e).state === "final" &&
        payload(e).runId !== idempotencyKey,
    );
    if (RECORD) frames.write(FIXTURE, { secrets: [harness!.token], scratchDir: harness!.stateDir });
  });
});
