import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it, type TestContext } from "node:test";
import type { Hop } from "@/lib/hops";
import type { PoliciesResponse } from "@/lib/policies";
import { busyPlan, handoffPlan, planMessage, statusStep, textStep } from "@/server/demo/plans";
import { connectCliClient, type CliClient } from "../support/openclaw-cli-client";
import { startOpenClawHarness, type OpenClawHarness } from "../support/openclaw-harness";
import { onDataDir, startSwitchboardProcess, type SwitchboardProcess } from "../support/switchboard-process";
import { readSse } from "../support/sse";
import { until } from "../support/until";
import { USERS_EXAMPLE } from "../support/users-example";

interface TranscriptNote {
  text: string;
  at: number;
}

/**
 * The users' own `hooks.sessionReceive` configuration, verbatim, against the real gateway:
 * one acknowledgement in the target and one confirmation in the sender per handoff, in that
 * order, at acceptance — for an idle and a busy target, and across a SIGKILL of Switchboard
 * (a child process) between a note's post and its save.
 */
describe("the users' sessionReceive hook against the real gateway", { timeout: 600_000 }, () => {
  let gateway: OpenClawHarness;
  let cli: CliClient;
  let dataDir: string;
  let sb: SwitchboardProcess | null = null;
  /** Run ids the gateway said started (lifecycle start), seen by the test's own client. */
  const started = new Set<string>();
  const start = async (env: Record<string, string> = {}) => {
    sb = await startSwitchboardProcess({
      ...onDataDir(dataDir, { url: gateway.gatewayUrl, token: gateway.token }),
      ...env,
    });
    const app = sb;
    await until(
      async () => (await (await app.api().get("/api/health")).json()) as { gateway: { state: string } },
      (h) => h.gateway.state === "connected",
      "Switchboard to connect to the gateway",
    );
    return app;
  };

  before(async () => {
    gateway = await startOpenClawHarness();
    cli = await connectCliClient({
      url: gateway.gatewayUrl,
      token: gateway.token,
      onFrame: (frame) => {
        const f = frame as {
          event?: string;
          payload?: { runId?: string; stream?: string; data?: { phase?: string } };
        };
        if (f.event === "agent" && f.payload?.stream === "lifecycle" && f.payload.data?.phase === "start")
          started.add(f.payload.runId ?? "");
      },
    });
    dataDir = mkdtempSync(join(tmpdir(), "switchboard-hook-"));
    writeFileSync(join(dataDir, "switchboard.config.json"), JSON.stringify(USERS_EXAMPLE));
  });
  after(async () => {
    await sb?.stop();
    await cli?.stop();
    await gateway?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** The notes Switchboard injected into a session, as chat.history shows them. */
  async function notesIn(sessionKey: string): Promise<TranscriptNote[]> {
    const history = await cli.request<{ messages: Record<string, unknown>[] }>("chat.history", {
      sessionKey,
      limit: 200,
    });
    return history.messages
      .filter((m) => m.model === "gateway-injected")
      .map((m) => ({
        text: Array.isArray(m.content)
          ? (m.content as { text?: string }[]).map((b) => b.text ?? "").join("")
          : String(m.content),
        at: Number(m.timestamp),
      }));
  }
  const sessions = async (name: string) => {
    const a = `agent:main:${name}-a-${randomUUID().slice(0, 6)}`;
    const b = `agent:main:${name}-b-${randomUUID().slice(0, 6)}`;
    await cli.request("sessions.create", { key: a, label: `Planner ${a.slice(-6)}` });
    await cli.request("sessions.create", { key: b, label: `Worker ${b.slice(-6)}` });
    return { a, b, senderLabel: `Planner ${a.slice(-6)}` };
  };
  const send = async (sessionKey: string, message: string) =>
    (await cli.request<{ runId: string }>("chat.send", { sessionKey, message, idempotencyKey: randomUUID() }))
      .runId;
  const hopOf = async (runId: string): Promise<Hop | undefined> => {
    const res = await sb!.api().get(`/api/runs/${runId}/chain`);
    return res.ok
      ? ((await res.json()) as { hops: Hop[] }).hops.find((h) => h.callerRunId === runId)
      : undefined;
  };
  const oneEach = async (a: string, b: string) =>
    until(
      async () => ({ ack: await notesIn(b), confirm: await notesIn(a) }),
      (n) => n.ack.length >= 1 && n.confirm.length >= 1,
      "an acknowledgement and a confirmation in the transcripts",
      90_000,
    );
  /** B busy with its own 15 s run. */
  const busy = async (b: string) => {
    const own = await send(b, busyPlan(15_000, "B's own work is done."));
    await until(
      () => started.has(own),
      (ok) => ok,
      "B's own run to start",
    );
    return own;
  };
  const show = (
    t: TestContext,
    label: string,
    notes: { ack: TranscriptNote[]; confirm: TranscriptNote[] },
  ) => {
    for (const n of notes.ack)
      t.diagnostic(`${label} target transcript: ${JSON.stringify(n.text)} @ ${new Date(n.at).toISOString()}`);
    for (const n of notes.confirm)
      t.diagnostic(`${label} sender transcript: ${JSON.stringify(n.text)} @ ${new Date(n.at).toISOString()}`);
  };
  const checkTexts = (
    notes: { ack: TranscriptNote[]; confirm: TranscriptNote[] },
    b: string,
    senderLabel: string,
  ) => {
    assert.equal(notes.ack.length, 1, "one acknowledgement");
    assert.equal(notes.confirm.length, 1, "one confirmation");
    assert.equal(
      notes.ack[0]!.text,
      `[Switchboard]\n\n📨 Handoff received from ${senderLabel} — processing now.`,
    );
    assert.match(
      notes.confirm[0]!.text,
      new RegExp(`^\\[Switchboard\\]\\n\\n✅ Delivered to ${b} at 20\\d\\d-\\d\\d-\\d\\dT[\\d:.]+Z$`),
    );
    assert.ok(notes.ack[0]!.at <= notes.confirm[0]!.at, "the acknowledgement comes first");
  };

  it("an idle target: one acknowledgement, then one confirmation, as the users wrote them", async (t) => {
    await start();
    const { a, b, senderLabel } = await sessions("idle");
    const runId = await send(a, handoffPlan(b, { timeoutSeconds: 60 }));
    const hop = await until(
      () => hopOf(runId),
      (h) => h?.notes.filter((n) => n.status === "done").length === 2,
      "both notes done",
      90_000,
    );
    const notes = await oneEach(a, b);
    show(t, "idle", notes);
    checkTexts(notes, b, senderLabel);
    const { preview } = (await (await sb!.api().get("/api/policies")).json()) as PoliciesResponse;
    assert.equal(preview?.hopId, hop!.hopId, "the Settings preview renders the latest real hop");
    // As posted, up to {timestamp}: the hop's acceptance time is refined after the note went
    // out, when the transcript's admission time (the gateway's clock) follows the queue's change.
    const instant = /\d{4}-\d\d-\d\dT[\d:.]+Z/;
    const times = (texts: string[]) => texts.map((t) => Date.parse(instant.exec(t)?.[0] ?? ""));
    const previewed = preview!.notes.map((n) => `[Switchboard]\n\n${n.text}`);
    const posted = [notes.ack[0]!.text, notes.confirm[0]!.text];
    assert.deepEqual(
      previewed.map((t) => t.replace(instant, "{timestamp}")),
      posted.map((t) => t.replace(instant, "{timestamp}")),
      "as posted",
    );
    const [previewedAt, postedAt] = [times(previewed)[1]!, times(posted)[1]!];
    assert.ok(Math.abs(previewedAt - postedAt) < 2000, `${previewedAt} ~ ${postedAt}`);
    assert.match(preview!.notes[0]!.warnings[0] ?? "", /has no thread or topic: \{incoming_topic\} is empty/);
    assert.deepEqual(
      hop!.notes.map((n) => [n.action, n.disposition]),
      [
        ["acknowledge", "delivered"],
        ["confirm", "delivered"],
      ],
    );
  });

  it("a busy target: acknowledged while the message still waits in its queue, then confirmed as queued", async (t) => {
    const { a, b, senderLabel } = await sessions("busy");
    await busy(b);
    const runId = await send(a, handoffPlan(b, { timeoutSeconds: 60 }));
    const acked = await until(
      () => notesIn(b),
      (n) => n.length >= 1,
      "the acknowledgement",
      60_000,
    );
    const hop = await hopOf(runId);
    assert.equal(hop?.state, "queued", "acknowledged before the queued message starts");
    assert.equal(hop?.timestamps.startedAt, null);
    assert.ok(acked[0]!.at >= hop!.timestamps.acceptedAt! - 2000);
    const done = await until(
      () => hopOf(runId),
      (h) => h?.notes.filter((n) => n.status === "done").length === 2,
      "both notes",
      90_000,
    );
    const notes = await oneEach(a, b);
    show(t, "busy", notes);
    checkTexts(notes, b, senderLabel);
    assert.deepEqual(
      done!.notes.map((n) => n.disposition),
      ["queued", "queued"],
    );
  });

  for (const [name, action, busyTarget] of [
    ["idle", "acknowledge", false],
    ["busy", "confirm", true],
  ] as const) {
    it(`SIGKILLed after posting the ${action} of a handoff to a ${name} target, before saving it: still one of each after the restart`, async (t) => {
      await sb?.stop();
      const { a, b, senderLabel } = await sessions(`kill-${name}`);
      if (busyTarget) await busy(b);
      await start({ SWITCHBOARD_TEST_HOLD_AFTER_POST: action });
      const runId = await send(a, handoffPlan(b, { timeoutSeconds: 60 }));
      await sb!.line(new RegExp(`note posted: ${runId}:\\S+ ${action}; holding`), 90_000);
      await sb!.kill();
      const before = { ack: await notesIn(b), confirm: await notesIn(a) };
      assert.equal((action === "acknowledge" ? before.ack : before.confirm).length, 1, "the post happened");
      await start();
      await oneEach(a, b);
      await until(
        () => hopOf(runId),
        (h) => h?.notes.filter((n) => n.status === "done").length === 2,
        "both notes done after the restart",
        90_000,
      );
      const after = { ack: await notesIn(b), confirm: await notesIn(a) };
      show(t, `${name}, killed after the ${action}`, after);
      checkTexts(after, b, senderLabel);
      const hop = await hopOf(runId);
      assert.match(
        hop!.notes.find((n) => n.action === action)!.detail ?? "",
        /found in the transcript .*not posted again/,
      );
    });
  }

  it("relays a multi-tool target's progress into the sender, combined per interval, none dropped, recorded on the hop", async (t) => {
    await sb?.stop();
    writeFileSync(
      join(dataDir, "switchboard.config.json"),
      JSON.stringify({
        ...USERS_EXAMPLE,
        handoffPolicies: { progressRelay: { enabled: true, minIntervalMs: 1000 } },
      }),
    );
    await start();
    const { a, b } = await sessions("relay");
    const work = planMessage("Three tools, then an answer.", [
      statusStep(),
      statusStep(1500),
      statusStep(1500),
      textStep("Checked three times: all good.", 100, 4),
    ]);
    // Opened before the session has any run: it must pick up runs to come, and B's through the hop.
    const streamed = sb!
      .api()
      .get(
        `/api/sessions/${encodeURIComponent(a)}/stream?events=tool,assistant,lifecycle&follow=hops&timeout=120`,
      )
      .then((res) =>
        readSse(res, (e) => {
          const d = e.data as { runId?: string; sessionKey?: string; phase?: string };
          return e.event === "lifecycle" && d.sessionKey === a && d.runId === runIdSeen && d.phase === "end";
        }),
      );
    let runIdSeen = "";
    const runId = await send(a, handoffPlan(b, { timeoutSeconds: 60, targetMessage: work }));
    runIdSeen = runId;
    const stream = await streamed;
    const kinds = new Set(stream.map((e) => e.event));
    assert.deepEqual(
      [...kinds].filter((k) => !["tool", "assistant", "lifecycle"].includes(k)),
      [],
      "filtered on the server",
    );
    const bTools = stream.filter(
      (e) => e.event === "tool" && (e.data as { sessionKey: string }).sessionKey === b,
    );
    assert.equal(
      bTools.filter((e) => (e.data as { phase: string }).phase === "start").length,
      3,
      "B's three tool calls, through the hop",
    );
    assert.ok(
      stream.some((e) => e.event === "tool" && (e.data as { sessionKey: string }).sessionKey === a),
      "A's own send",
    );
    const ids = stream.map((e) => Number(e.id));
    assert.equal(new Set(ids).size, ids.length, "each event once");
    t.diagnostic(`session stream: ${stream.length} events, ${bTools.length} of B's tool events`);
    const hop = await until(
      () => hopOf(runId),
      (h) => /finished/.test(h?.notes.find((n) => n.action === "progress")?.detail ?? ""),
      "the final progress note on the hop",
      90_000,
    );
    const relayed = (await notesIn(a)).filter((n) => n.text.includes("[progress]"));
    for (const n of relayed)
      t.diagnostic(`sender transcript: ${JSON.stringify(n.text)} @ ${new Date(n.at).toISOString()}`);
    const calls = relayed.map((n) => Number(/(\d+) tool calls?/.exec(n.text)?.[1] ?? 0));
    assert.equal(
      calls.reduce((x, y) => x + y, 0),
      3,
      "every tool call told once",
    );
    assert.ok(relayed.length >= 2, "more than one interval");
    assert.ok(relayed.some((n) => n.text.includes("first words: “Checked")));
    assert.match(relayed.at(-1)!.text, /finished$/);
    const progress = hop!.notes.find((n) => n.action === "progress")!;
    assert.equal(progress.tries, relayed.length, "each relay recorded on the hop");
  });
});
