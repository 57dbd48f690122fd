import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { bigRun } from "../support/big-run";
import { connectRawSocket } from "../support/raw-socket";
import { startTestSwitchboard } from "../support/switchboard-harness";
import { until } from "../support/until";

const MB = 1024 * 1024;
const RUN = "flood-run";

/** Peak resident memory of this process (server and client) while `work` runs. */
async function peakRss<T>(work: () => Promise<T>): Promise<{ value: T; peak: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const value = await work();
    return { value, peak: Math.max(peak, process.memoryUsage().rss) };
  } finally {
    clearInterval(timer);
  }
}

describe("a client that floods subscriptions or stops reading", () => {
  const log: string[] = [];
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => {
    sb = await startTestSwitchboard(undefined, {}, (line) => log.push(line));
    bigRun(RUN, 700).forEach((f) => sb.app.ingest.push(f));
    await sb.app.ingest.flush();
  });
  after(async () => sb.stop());

  it("keeps server memory bounded under 150 × run:subscribe {after:0} on a 1.4 MB run", async () => {
    const stored = (await sb.app.store.listEvents(RUN, 0, 1000)).events;
    const runBytes = Buffer.byteLength(JSON.stringify(stored));
    assert.ok(runBytes > 1.3 * MB, `the run is ${runBytes} bytes`);
    const client = await connectRawSocket(sb.url);
    const before = process.memoryUsage().rss;
    const { peak } = await peakRss(async () => {
      const ids = Array.from({ length: 150 }, () => client.emit("run:subscribe", { runId: RUN, after: 0 }));
      await until(
        () => client.acks.size,
        (n) => n === ids.length,
        "an answer to every subscription",
        120_000,
      );
    });
    client.close();
    await client.closed;
    const afterLeaving = process.memoryUsage().rss;
    const growth = (peak - before) / MB;
    // The figure for the report: printed, not only asserted.
    process.stdout.write(
      `subscribe flood: RSS ${(before / MB).toFixed(0)} MB before, ${(peak / MB).toFixed(0)} MB at peak (+${growth.toFixed(0)} MB), ${(afterLeaving / MB).toFixed(0)} MB after the client left; ${(client.received() / MB).toFixed(1)} MB sent for ${((150 * runBytes) / MB).toFixed(0)} MB asked\n`,
    );
    assert.ok(growth < 150, `the server grew by ${growth.toFixed(0)} MB`);
    assert.ok(client.received() < 10 * runBytes, "replaced subscriptions stop replaying");
  });

  it("refuses more than 50 runs on one socket", async () => {
    const client = await connectRawSocket(sb.url);
    for (let i = 0; i < 51; i++) client.emit("run:subscribe", { runId: `cap-${i}`, after: 0 });
    await until(
      () => client.acks.size,
      (n) => n === 51,
      "51 answers",
    );
    assert.match(client.acks.get(50)!, /at most 50 runs/);
    client.close();
  });

  it("cuts off a socket that stops reading once its buffer passes a few MB, and it resyncs from its cursor", async () => {
    const client = await connectRawSocket(sb.url);
    client.emit("feed:subscribe", null);
    const id = client.emit("run:subscribe", { runId: "live-run", after: 0 });
    await until(
      () => client.acks.has(id),
      (ok) => ok,
      "the subscription",
    );
    client.stopReading();
    // Live events to a socket that reads nothing: far more than the kernel's socket buffers hold.
    for (let batch = 0; batch < 30 && !log.some((l) => l.includes("cut off")); batch++) {
      bigRun("live-run", 500, 1 + batch * 500).forEach((f) => sb.app.ingest.push(f));
      await sb.app.ingest.flush();
    }
    assert.ok(
      log.some((l) => /socket \S+ cut off: \d+ KB unread/.test(l)),
      "the server cut the socket off",
    );
    client.resumeReading();
    await client.closed;

    const stored = (await sb.app.store.listEvents("live-run", 0, 20_000)).events;
    const again = sb.connect();
    const cursors: number[] = [];
    again.on("timeline:appended", (batch) => cursors.push(...batch.events.map((e) => e.cursor)));
    const resumeFrom = stored[Math.floor(stored.length / 2)]!.cursor;
    await new Promise((resolve) =>
      again.emit("run:subscribe", { runId: "live-run", after: resumeFrom }, resolve),
    );
    assert.deepEqual(
      cursors,
      stored.filter((e) => e.cursor > resumeFrom).map((e) => e.cursor),
    );
    again.disconnect();
  });
});
