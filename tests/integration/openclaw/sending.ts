import assert from "node:assert/strict";
import { before, describe, it } from "node:test";
import { readSse } from "../../support/sse";
import { apiOf, type GatewayContext, plan, until } from "./context";

export function sendingTests(ctx: GatewayContext): void {
  describe("sending from Switchboard", () => {
    const api = (path: string, init?: RequestInit) => apiOf(ctx.app).get(path, init);
    const postJson = (path: string, body: unknown) => apiOf(ctx.app).post(path, body);
    const messages = (key: string) => `/api/sessions/${encodeURIComponent(key)}/messages`;

    before(async () => {
      const res = await postJson("/api/sessions", { agentId: "main", key: "send-a", label: "send-a" });
      assert.equal(res.status, 201);
      await until(
        () => ctx.app.store.getSession("agent:main:send-a"),
        (s) => s !== null,
        "the new session in the catalog",
      );
    });

    it("refuses a session that does not exist and a malformed body, clearly", async () => {
      const missing = await postJson(messages("agent:main:nobody"), { message: "hi" });
      assert.equal(missing.status, 404);
      assert.match(
        ((await missing.json()) as { error: { message: string } }).error.message,
        /No session agent:main:nobody/,
      );
      const empty = await postJson(messages("agent:main:send-a"), { message: "  " });
      assert.equal(empty.status, 400);
      assert.equal(((await empty.json()) as { error: { code: string } }).error.code, "INVALID_REQUEST");
    });

    it("starts one run for a double submit with one idempotency key, and records who sent it", async () => {
      const body = {
        message: plan([{ text: "ONCE: only one run." }]),
        idempotencyKey: `double-${Date.now()}`,
      };
      const [first, second] = await Promise.all([
        postJson(messages("agent:main:send-a"), body),
        postJson(messages("agent:main:send-a"), body),
      ]);
      const a = (await first.json()) as { runId: string };
      const b = (await second.json()) as { runId: string };
      assert.equal(first.status, 202);
      assert.equal(a.runId, b.runId);
      const again = (await (await postJson(messages("agent:main:send-a"), body)).json()) as {
        runId: string;
        status: string;
      };
      assert.deepEqual(again, { runId: a.runId, status: "duplicate" });
      await until(
        () => ctx.app.store.getRun(a.runId),
        (r) => r?.status === "completed",
        "the run",
      );
      const runs = await ctx.app.store.listRuns({ session: "agent:main:send-a", limit: 50 });
      assert.equal(runs.runs.filter((r) => r.reply === "ONCE: only one run.").length, 1);
      assert.match((await ctx.app.store.getDispatch(a.runId))?.user ?? "", /\(local\)$/);
    });

    it("answers a send with stream:true by the progress stream, ending in one result", async () => {
      const res = await postJson(messages("agent:main:send-a"), {
        message: plan([
          { tool: "session_status", args: {} },
          { text: "STREAMED: done.", chunks: 3 },
        ]),
        stream: true,
      });
      assert.match(res.headers.get("content-type") ?? "", /text\/event-stream/);
      const events = await readSse(res);
      const result = events.at(-1)!;
      assert.equal(result.event, "result");
      const data = result.data as {
        status: string;
        reply: string;
        progress: { kind: string; summary: string }[];
      };
      assert.equal(data.status, "completed");
      assert.equal(data.reply, "STREAMED: done.");
      assert.ok(data.progress.some((p) => p.summary === "session_status done"));
      assert.ok(
        data.progress.some((p) => p.kind === "assistant" && p.summary === "STREAMED: done."),
        "the answer as a milestone",
      );
      assert.ok(events.some((e) => e.event === "tool") && events.some((e) => e.event === "assistant"));
      const ids = events.filter((e) => e.id).map((e) => Number(e.id));
      assert.deepEqual(
        ids,
        [...ids].sort((x, y) => x - y),
      );

      const runId = (events.find((e) => e.event === "tool")!.data as { runId: string }).runId;
      const resumed = await readSse(
        await api(`/api/runs/${runId}/stream`, { headers: { "last-event-id": String(ids[2]) } }),
      );
      assert.ok(resumed.filter((e) => e.id).every((e) => Number(e.id) > ids[2]!));
      assert.equal(resumed.at(-1)?.event, "result");
    });

    it("ends with a timeout result, not a failure, when ?timeout=S runs out while the run still works", async () => {
      await postJson("/api/sessions", { agentId: "main", key: "send-slow", label: "send-slow" });
      await until(
        () => ctx.app.store.getSession("agent:main:send-slow"),
        (s) => s !== null,
        "the slow session in the catalog",
      );
      const res = await postJson(`${messages("agent:main:send-slow")}?timeout=1`, {
        message: plan([{ tool: "session_status", args: {}, sleepMs: 6000 }, { text: "SLOW: done." }]),
        stream: true,
      });
      const events = await readSse(res);
      const result = events.at(-1)!;
      assert.equal(result.event, "result");
      const data = result.data as {
        status: string;
        stillRunning: boolean;
        runIds: string[];
        runs: { runId: string }[];
      };
      assert.deepEqual([data.status, data.stillRunning], ["timeout", true]);
      assert.ok(data.runIds.length === 1 && data.runs.some((r) => r.runId === data.runIds[0]));
    });

    it("follows the hops of a run with follow=hops until every run has ended", async () => {
      await ctx.app.operations()!.ensureSession("agent:main:send-b", "send-b");
      const res = await postJson(`${messages("agent:main:send-a")}?follow=hops&events=tool,lifecycle`, {
        message: plan([
          {
            tool: "sessions_send",
            args: {
              sessionKey: "agent:main:send-b",
              message: plan([{ text: "B here." }]),
              timeoutSeconds: 0,
            },
          },
          { text: "A: sent." },
        ]),
        stream: true,
      });
      const events = await readSse(res);
      const result = events.at(-1)!.data as { runs: { sessionKey: string; status: string }[] };
      assert.deepEqual(result.runs.map((r) => [r.sessionKey, r.status]).sort(), [
        ["agent:main:send-a", "completed"],
        ["agent:main:send-b", "completed"],
      ]);
      assert.ok(events.filter((e) => e.id).every((e) => ["tool", "lifecycle"].includes(e.event)));
    });

    it("aborts a running run", async () => {
      // A session of its own: a message to a busy session is steered into its active run.
      await postJson("/api/sessions", { agentId: "main", key: "abort-a", label: "abort-a" });
      const sent = (await (
        await postJson(messages("agent:main:abort-a"), {
          message: plan([{ text: "slow…", sleepMs: 60_000 }]),
        })
      ).json()) as { runId: string };
      await until(
        () => ctx.app.store.getRun(sent.runId),
        (r) => r?.status === "running",
        "the run to start",
      );
      const res = await postJson(`/api/runs/${sent.runId}/abort`, {});
      assert.equal(res.status, 200);
      assert.equal(((await res.json()) as { aborted: boolean }).aborted, true);
      await until(
        () => ctx.app.store.getRun(sent.runId),
        (r) => r?.status === "aborted",
        "the run to be aborted",
      );
    });
  });
}
