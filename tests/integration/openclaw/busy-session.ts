import assert from "node:assert/strict";
import { it } from "node:test";
import { RunsPage } from "@/lib/runs";
import { busyPlan, handoffPlan } from "@/server/demo/plans";
import { recordScenario } from "../../support/scenario-recording";
import { readSse } from "../../support/sse";
import { readsOf, sessionsFor } from "./chains";
import { apiOf, type GatewayContext, plan, until } from "./context";

/** A person sends through Switchboard to a session that is busy with a run of its own. */
export function busySessionTests(ctx: GatewayContext): void {
  const reads = () => readsOf(ctx.app);
  const api = () => apiOf(ctx.app);
  const messages = (key: string) => `/api/sessions/${encodeURIComponent(key)}/messages`;
  const listed = async (session: string) =>
    RunsPage.parse(await (await api().get(`/api/runs?session=${encodeURIComponent(session)}`)).json()).runs;

  async function busySession(prefix: string) {
    const [s, t] = sessionsFor(prefix, "s", "t");
    for (const key of [s!, t!]) {
      const res = await api().post("/api/sessions", {
        agentId: "main",
        key: key.split(":")[2],
        label: key.split(":")[2],
      });
      assert.equal(res.status, 201);
    }
    const own = await ctx.app.operations()!.sendMessage(s!, busyPlan(12_000, "S's own work is done."));
    await until(
      () => ctx.app.store.getRun(own.runId),
      (r) => r?.status === "running",
      "S's own run to start",
    );
    return { s: s!, t: t!, own: own.runId };
  }

  it("follows a send to a busy session to the run that carries it: API, stream, runs list, origin", async (t) => {
    const { s, t: target, own } = await busySession("sb");
    await recordScenario(ctx.gateway, "switchboard-send-busy", async () => {
      const res = await api().post(messages(s), {
        message: handoffPlan(target, { timeoutSeconds: 30, targetMessage: plan([{ text: "T answers." }]) }),
      });
      assert.equal(res.status, 202);
      const { runId } = (await res.json()) as { runId: string };
      const stream = api()
        .get(`/api/runs/${runId}/stream?follow=hops`)
        .then((r) => readSse(r));

      const waiting = await until(
        () => reads().run(runId),
        (r) => r?.route !== null,
        "the send to say where it waits",
      );
      assert.equal(waiting!.status, "queued");
      assert.deepEqual([waiting!.route!.disposition, waiting!.route!.behindRunId], ["queued", own]);
      assert.ok(!(await listed(s)).some((r) => r.runId === runId), "the send id is not listed as a run");

      const carried = await until(
        () => reads().run(runId),
        (r) => r?.status === "completed",
        "the carrier to finish",
        90_000,
      );
      const carrier = carried!.route!.carrierRunId!;
      assert.notEqual(carrier, runId);
      assert.ok(
        carried!.startedAt! >= (await ctx.app.store.getRun(own))!.endedAt!,
        "it ran after the session's own run",
      );
      assert.equal(carried!.reply, (await ctx.app.store.getRun(carrier))!.reply);

      const events = await stream;
      const result = events.at(-1)!;
      assert.equal(result.event, "result");
      const data = result.data as { status: string; reply: string; runs: { runId: string }[] };
      assert.equal(data.status, "completed");
      assert.equal(data.reply, carried!.reply);
      assert.ok(data.runs.some((r) => r.runId === carrier));

      const runs = await listed(s);
      assert.ok(runs.some((r) => r.runId === carrier) && !runs.some((r) => r.runId === runId));
      assert.equal(runs.filter((r) => r.status === "queued").length, 0, "no phantom queued run");
      const chain = await reads().chain(carrier);
      assert.equal(chain?.origin.via, "switchboard");
      assert.equal(chain?.hops[0]?.origin?.via, "switchboard");
      t.diagnostic(`queued ${carried!.startedAt! - waiting!.route!.acceptedAt!} ms behind ${own}`);
    });
  });

  it("says a send steered into the running turn, and follows that turn to its end", async () => {
    const { s, own } = await busySession("st");
    const res = await api().post(messages(s), { message: "STEERED: noted.", queueMode: "steer" });
    const { runId } = (await res.json()) as { runId: string };
    const done = await until(
      () => reads().run(runId),
      (r) => r?.status === "completed",
      "the turn to finish",
      60_000,
    );
    assert.deepEqual([done!.route?.disposition, done!.route?.carrierRunId], ["steered", own]);
    assert.ok(!(await listed(s)).some((r) => r.runId === runId));
  });
}
