import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { TimelineBatch, TimelineTail } from "@/lib/socket";
import { TIMELINE_TAIL } from "@/lib/timeline-window";
import { bigRun } from "../support/big-run";
import { startTestSwitchboard, type ClientSocket } from "../support/switchboard-harness";
import { untilTrue as until } from "../support/until";

const RUN = "tail-run";

/** What a socket got for the run: window tails and appended batches, in order of arrival. */
function collect(socket: ClientSocket) {
  const got: { tails: TimelineTail[]; batches: TimelineBatch[] } = { tails: [], batches: [] };
  socket.on("timeline:tail", (tail) => tail.runId === RUN && got.tails.push(tail));
  socket.on("timeline:appended", (batch) => batch.runId === RUN && got.batches.push(batch));
  return got;
}

function subscribe(socket: ClientSocket, request: { after: number; held?: number }) {
  return new Promise<unknown>((resolve) => socket.emit("run:subscribe", { runId: RUN, ...request }, resolve));
}

describe("a window client that comes back far behind resumes from the run's tail", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => {
    sb = await startTestSwitchboard();
    bigRun(RUN, 1000).forEach((f) => sb.app.ingest.push(f));
    await sb.app.ingest.flush();
  });
  after(async () => sb.stop());

  it("gets the run's last events as one window, then live ones, and not the 990 it missed", async () => {
    const stored = (await sb.app.store.listEvents(RUN, 0, 2000)).events;
    const socket = sb.connect();
    const got = collect(socket);
    assert.deepEqual(await subscribe(socket, { after: stored[9]!.cursor, held: 10 }), { ok: true });
    assert.equal(got.tails.length, 1);
    const [tail] = got.tails;
    assert.equal(tail!.total, 1000);
    assert.equal(tail!.offset, 1000 - TIMELINE_TAIL);
    assert.deepEqual(
      tail!.events.map((e) => e.cursor),
      stored.slice(-TIMELINE_TAIL).map((e) => e.cursor),
    );
    assert.equal(got.batches.length, 0, "nothing replayed besides the tail");

    bigRun(RUN, 3, 1001).forEach((f) => sb.app.ingest.push(f));
    await sb.app.ingest.flush();
    await until(() => got.batches.flatMap((b) => b.events).length === 3, "the live events");
    assert.ok(got.batches.every((b) => !b.replay && b.events.every((e) => e.cursor > stored.at(-1)!.cursor)));
    socket.disconnect();
  });

  it("replays every missed event when it missed only a few, or does not say what it holds", async () => {
    const stored = (await sb.app.store.listEvents(RUN, 0, 2000)).events;
    for (const request of [
      { after: stored.at(-50)!.cursor, held: stored.length - 49 },
      { after: stored[9]!.cursor },
    ]) {
      const socket = sb.connect();
      const got = collect(socket);
      await subscribe(socket, request);
      const replayed = got.batches.flatMap((b) => b.events.map((e) => e.cursor));
      assert.equal(got.tails.length, 0);
      assert.deepEqual(
        replayed,
        stored.filter((e) => e.cursor > request.after).map((e) => e.cursor),
      );
      socket.disconnect();
    }
  });

  it("refuses a count that is not one", async () => {
    const socket = sb.connect();
    const reply = await subscribe(socket, { after: 0, held: -3 });
    assert.deepEqual(reply, {
      ok: false,
      error:
        "run:subscribe needs { runId: string, after: non-negative integer, held?: non-negative integer }",
    });
    socket.disconnect();
  });
});
