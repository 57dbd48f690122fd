import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { TimelineBatch } from "@/lib/socket";
import type { TimelineEvent } from "@/lib/timeline";
import type { InboundFrame } from "@/server/gateway/frames";
import { loadRecordedFrames, HANDOFF_FIXTURE } from "../support/fixture-frames";
import { startTestSwitchboard, type ClientSocket } from "../support/switchboard-harness";
import { untilTrue as until } from "../support/until";

const B_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";
const frames = loadRecordedFrames(HANDOFF_FIXTURE);
const bFrames = frames.filter((f) => (f.payload as { runId?: string } | undefined)?.runId === B_RUN);

/** Collects a run's timeline from a socket the way the browser does. */
function collect(socket: ClientSocket, runId: string) {
  const events: TimelineEvent[] = [];
  const batches: TimelineBatch[] = [];
  socket.on("timeline:appended", (batch) => {
    if (batch.runId !== runId) return;
    batches.push(batch);
    events.push(...batch.events);
  });
  return { events, batches };
}

function subscribe(socket: ClientSocket, runId: string, after: number): Promise<void> {
  return new Promise((resolve, reject) =>
    socket.emit("run:subscribe", { runId, after }, (reply) =>
      reply.ok ? resolve() : reject(new Error(reply.error)),
    ),
  );
}

async function feed(
  app: { ingest: { push(f: InboundFrame): void; flush(): Promise<void> } },
  list: InboundFrame[],
) {
  list.forEach((f) => app.ingest.push(f));
  await app.ingest.flush();
}

describe("live timelines over socket.io (real sockets, port 0)", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => (sb = await startTestSwitchboard()));
  after(async () => sb.stop());

  it("replays stored events, then streams live ones, each once and in cursor order", async () => {
    const half = Math.floor(bFrames.length / 2);
    await feed(sb.app, bFrames.slice(0, half));
    const socket = sb.connect();
    const got = collect(socket, B_RUN);
    await subscribe(socket, B_RUN, 0);
    const replayed = got.events.length;
    assert.ok(replayed > 0 && got.batches.every((b) => b.replay));

    await feed(sb.app, bFrames.slice(half));
    const stored = await sb.app.store.listEvents(B_RUN, 0, 1000);
    await until(() => got.events.length === stored.events.length, "the live events");
    const cursors = got.events.map((e) => e.cursor);
    assert.deepEqual(
      cursors,
      stored.events.map((e) => e.cursor),
    );
    assert.ok(got.batches.slice(-1)[0]?.replay === false);
    socket.disconnect();
  });

  it("stores a replayed frame once and publishes nothing for it", async () => {
    const before = await sb.app.store.countEvents();
    const socket = sb.connect();
    const got = collect(socket, B_RUN);
    const all = (await sb.app.store.listEvents(B_RUN, 0, 1000)).events;
    await subscribe(socket, B_RUN, all.at(-1)!.cursor);
    await feed(sb.app, bFrames);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(await sb.app.store.countEvents(), before);
    assert.equal(got.events.length, 0);
    socket.disconnect();
  });

  it("gives a reconnecting browser exactly what it missed, from its last cursor", async () => {
    const runId = "run-reconnect";
    const frame = (seq: number): InboundFrame => ({
      event: "agent",
      receivedAt: 1000 + seq,
      payload: {
        runId,
        seq,
        sessionKey: "agent:main:x",
        stream: "assistant",
        ts: 1000 + seq,
        data: { text: `t${seq}`, delta: "x" },
      },
    });
    await feed(sb.app, [frame(1), frame(2)]);
    const first = sb.connect();
    const seen = collect(first, runId);
    await subscribe(first, runId, 0);
    assert.equal(seen.events.length, 2);
    first.disconnect();

    await feed(sb.app, [frame(3), frame(4)]);
    const second = sb.connect();
    const resumed = collect(second, runId);
    await subscribe(second, runId, seen.events.at(-1)!.cursor);
    await feed(sb.app, [frame(5)]);
    await until(() => resumed.events.length === 3, "the missed and the new events");
    assert.deepEqual(
      resumed.events.map((e) => (e.kind === "assistant" ? e.text : "")),
      ["t3", "t4", "t5"],
    );
    second.disconnect();
  });

  it("pushes run updates to the feed as they happen", async () => {
    const socket = sb.connect();
    const updates: string[] = [];
    socket.on("run:updated", (run) => updates.push(`${run.runId}:${run.status}`));
    await new Promise<void>((resolve) => socket.emit("feed:subscribe", () => resolve()));
    await feed(sb.app, [
      {
        event: "agent",
        receivedAt: 5,
        payload: {
          runId: "run-feed",
          seq: 1,
          sessionKey: "agent:main:f",
          stream: "lifecycle",
          ts: 5,
          data: { phase: "start" },
        },
      },
    ]);
    await until(() => updates.includes("run-feed:running"), "run:updated");
    socket.disconnect();
  });

  it("refuses a malformed subscription with a reason", async () => {
    const socket = sb.connect();
    const reply = await new Promise((resolve) =>
      socket.emit("run:subscribe", { runId: 5 as unknown as string, after: -1 }, resolve),
    );
    assert.deepEqual(reply, {
      ok: false,
      error:
        "run:subscribe needs { runId: string, after: non-negative integer, held?: non-negative integer }",
    });
    socket.disconnect();
  });
});
