import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { HANDOFF_FIXTURE, loadRecordedFrames } from "../support/fixture-frames";
import { startTestSwitchboard } from "../support/switchboard-harness";

/** The figure of one unlabelled sample in Prometheus' text format, e.g. `switchboard_sockets 2`. */
function sample(text: string, name: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  assert.ok(line, `${name} is exported`);
  return Number(line.split(" ")[1]);
}

describe("GET /metrics for Prometheus", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => (sb = await startTestSwitchboard()));
  after(async () => sb.stop());

  const scrape = async () => {
    const res = await sb.api("viewer").get("/metrics");
    assert.equal(res.status, 200);
    assert.match(res.headers.get("content-type") ?? "", /^text\/plain; version=0\.0\.4/);
    return res.text();
  };

  it("counts what ingest committed, the store's write time, sockets and subscriptions", async () => {
    const frames = loadRecordedFrames(HANDOFF_FIXTURE);
    const before = await scrape();
    assert.equal(sample(before, "switchboard_ingest_events_total"), 0);
    frames.forEach((frame) => sb.app.ingest.push(frame));
    await sb.app.ingest.flush();
    const socket = sb.connect();
    const runId = (await sb.app.store.listRuns({ limit: 1 })).runs[0]!.runId;
    await new Promise((resolve) => socket.emit("run:subscribe", { runId, after: 0 }, resolve));

    const text = await scrape();
    assert.equal(sample(text, "switchboard_ingest_events_total"), await sb.app.store.countEvents());
    assert.ok(sample(text, "switchboard_store_write_seconds_count") >= 1);
    assert.equal(sample(text, "switchboard_sockets"), 1);
    assert.equal(sample(text, "switchboard_run_subscriptions"), 1);
    assert.equal(sample(text, "switchboard_ingest_queue_depth"), 0);
    assert.equal(sample(text, "switchboard_leader"), 1, "a lone instance is its own leader");
    assert.equal(sample(text, "switchboard_gaps_total"), 0);
    assert.ok(sample(text, "nodejs_eventloop_lag_p99_seconds") >= 0);
    socket.disconnect();
  });

  it("is refused without a sign-in, like the rest of the API", async () => {
    const res = await sb.api("anonymous").get("/metrics");
    assert.equal(res.status, 401);
  });
});
