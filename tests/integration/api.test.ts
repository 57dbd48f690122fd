import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ApiError } from "@/lib/api-error";
import { Health } from "@/lib/health";
import { Chain, HopsPage } from "@/lib/hops";
import { Overview } from "@/lib/overview";
import { RunResponse, RunsPage } from "@/lib/runs";
import { SearchResponse } from "@/lib/search";
import { SessionsResponse } from "@/lib/sessions";
import { TimelinePage } from "@/lib/timeline";
import { loadRecordedFrames, HANDOFF_FIXTURE } from "../support/fixture-frames";
import { startTestSwitchboard } from "../support/switchboard-harness";

const B_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";

describe("the /api read routes", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  const get = async (path: string) => {
    const res = await sb.api().get(path);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  before(async () => {
    sb = await startTestSwitchboard();
    loadRecordedFrames(HANDOFF_FIXTURE).forEach((f) => sb.app.ingest.push(f));
    sb.app.ingest.pushSessions([{ key: "agent:main:e2e-b", label: "e2e-b", status: "done" }]);
    await sb.app.ingest.flush();
  });
  after(async () => sb.stop());

  it("reports health with the gateway state and the stored event count", async () => {
    const { status, body } = await get("/api/health");
    assert.equal(status, 200);
    const health = Health.parse(body);
    assert.equal(health.gateway.state, "connecting");
    assert.equal(health.store.kind, "sqlite");
    assert.equal(health.instance.leader, true, "a lone instance on its embedded store ingests itself");
    assert.ok(health.store.events > 50);
  });

  it("lists runs newest first and pages by cursor", async () => {
    const first = RunsPage.parse((await get("/api/runs?limit=2")).body);
    assert.deepEqual(
      first.runs.map((r) => r.runId.slice(0, 8)),
      ["a579bec1", "4d981bda"],
    );
    assert.ok(first.nextCursor);
    const second = RunsPage.parse((await get(`/api/runs?limit=2&before=${first.nextCursor}`)).body);
    assert.deepEqual(
      second.runs.map((r) => r.runId.slice(0, 8)),
      ["e2e-e380"],
    );
    assert.equal(second.nextCursor, null);
  });

  it("filters runs by session and status", async () => {
    const bySession = RunsPage.parse((await get("/api/runs?session=agent:main:e2e-a")).body);
    assert.equal(bySession.runs.length, 2);
    const running = RunsPage.parse((await get("/api/runs?status=running")).body);
    assert.equal(running.runs.length, 0);
  });

  it("returns one run with its summary", async () => {
    const { run } = RunResponse.parse((await get(`/api/runs/${B_RUN}`)).body);
    assert.equal(run.status, "completed");
    assert.equal(run.toolCalls, 1);
  });

  it("pages a run's events by cursor without overlap", async () => {
    const first = TimelinePage.parse((await get(`/api/runs/${B_RUN}/events?limit=5`)).body);
    assert.equal(first.events.length, 5);
    const rest = TimelinePage.parse(
      (await get(`/api/runs/${B_RUN}/events?after=${first.nextAfter}&limit=1000`)).body,
    );
    assert.equal(rest.nextAfter, null);
    assert.ok(rest.events[0]!.cursor > first.events.at(-1)!.cursor);
  });

  it("lists sessions with their run counts and the gateway's catalog fields", async () => {
    const { sessions } = SessionsResponse.parse((await get("/api/sessions")).body);
    const b = sessions.find((s) => s.sessionKey === "agent:main:e2e-b");
    assert.equal(b?.label, "e2e-b");
    assert.equal(b?.runs, 1);
    assert.equal(sessions.find((s) => s.sessionKey === "agent:main:e2e-a")?.runs, 2);
  });

  it("answers an unknown run with NOT_FOUND", async () => {
    const { status, body } = await get("/api/runs/nope");
    assert.equal(status, 404);
    assert.equal(ApiError.parse(body).error.code, "NOT_FOUND");
    assert.equal((await get("/api/runs/nope/events")).status, 404);
  });

  it("answers bad parameters with INVALID_REQUEST naming the parameter", async () => {
    for (const path of [
      "/api/runs?limit=0",
      "/api/runs?status=sleeping",
      "/api/runs?before=abc",
      `/api/runs/${B_RUN}/events?after=-3`,
    ]) {
      const { status, body } = await get(path);
      assert.equal(status, 400, path);
      const error = ApiError.parse(body).error;
      assert.equal(error.code, "INVALID_REQUEST");
      assert.match(error.message, /limit|status|before|after/);
    }
  });

  it("returns the chain of a run: root, runs and the hop with its receipt", async () => {
    const chain = Chain.parse((await get(`/api/runs/${B_RUN}/chain`)).body);
    assert.equal(chain.rootRunId, "e2e-e380487d-dc3a-485c-984a-8010428f2db7");
    assert.equal(chain.runs.length, 3);
    assert.deepEqual(
      chain.hops.map((h) => [h.targetRunId, h.state, h.link]),
      [[B_RUN, "replied", "confirmed"]],
    );
    assert.equal((await get("/api/runs/nope/chain")).status, 404);
  });

  it("lists hops with filters and exports a chain as JSON and OTLP", async () => {
    const page = HopsPage.parse((await get("/api/hops?session=agent:main:e2e-b")).body);
    assert.equal(page.hops.length, 1);
    assert.equal(HopsPage.parse((await get("/api/hops?state=rejected")).body).hops.length, 0);
    assert.equal((await get("/api/hops?state=lost")).status, 400);
    const res = await sb.api().get(`/api/runs/${B_RUN}/chain/export?format=otlp`);
    assert.match(res.headers.get("content-disposition") ?? "", /attachment; filename="chain-.*\.otlp\.json"/);
    const otlp = (await res.json()) as {
      resourceSpans: { scopeSpans: { spans: { name: string; links?: unknown[] }[] }[] }[];
    };
    const spans = otlp.resourceSpans[0]!.scopeSpans[0]!.spans;
    assert.equal(spans.length, 4);
    assert.ok(spans.some((s) => s.name === "run agent:main:e2e-b" && s.links?.length === 1));
    assert.equal((await get(`/api/runs/${B_RUN}/chain/export?format=xml`)).status, 400);
  });

  it("exports the listed hops as CSV and as OTLP traces beside JSON", async () => {
    const csv = await sb.api().get("/api/hops/export?format=csv&session=agent:main:e2e-b");
    assert.match(csv.headers.get("content-type") ?? "", /^text\/csv/);
    assert.match(csv.headers.get("content-disposition") ?? "", /filename="handoffs\.csv"/);
    const lines = (await csv.text()).trimEnd().split("\r\n");
    assert.equal(lines.length, 2);
    assert.match(lines[0]!, /^hop_id,kind,state,caller_session,/);
    assert.match(lines[1]!, /agent:main:e2e-b/);
    const otlp = await sb.api().get("/api/hops/export?format=otlp");
    assert.match(otlp.headers.get("content-disposition") ?? "", /filename="handoffs\.otlp\.json"/);
    const body = (await otlp.json()) as { resourceSpans: { scopeSpans: { spans: { name: string }[] }[] }[] };
    assert.match(body.resourceSpans[0]!.scopeSpans[0]!.spans[0]!.name, /^sessions_send → agent:main:e2e-b$/);
    assert.equal((await get("/api/hops/export?format=xml")).status, 400);
  });

  it("answers the overview and searches by id, label and text", async () => {
    const overview = Overview.parse((await get("/api/overview")).body);
    assert.equal(overview.activity.eventsPerSecond.length, 60);
    const byId = SearchResponse.parse((await get(`/api/search?q=${B_RUN.slice(0, 8)}`)).body);
    assert.ok(byId.hits.some((h) => h.type === "run" && h.runId === B_RUN));
    const byLabel = SearchResponse.parse((await get("/api/search?q=e2e-b")).body);
    assert.ok(byLabel.hits.some((h) => h.type === "session" && h.sessionKey === "agent:main:e2e-b"));
    assert.equal((await get("/api/search?q=")).status, 400);
  });

  it("answers an unknown route and a wrong method with clear errors", async () => {
    assert.equal((await get("/api/nothing")).status, 404);
    const res = await sb.api().get("/api/runs", { method: "DELETE" });
    assert.equal(res.status, 405);
    assert.equal(res.headers.get("allow"), "GET");
    assert.equal(ApiError.parse(await res.json()).error.code, "METHOD_NOT_ALLOWED");
  });
});

describe("a restart of the dashboard", () => {
  it("keeps all history in the data dir", async () => {
    const first = await startTestSwitchboard();
    loadRecordedFrames(HANDOFF_FIXTURE).forEach((f) => first.app.ingest.push(f));
    await first.app.ingest.flush();
    const count = await first.app.store.countEvents();
    await first.stop({ keepData: true });

    const second = await startTestSwitchboard(first.dataDir);
    try {
      assert.equal(await second.app.store.countEvents(), count);
      assert.equal((await second.app.store.getRun(B_RUN))?.status, "completed");
    } finally {
      await second.stop();
    }
  });
});
