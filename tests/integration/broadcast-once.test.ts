import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { InboundFrame } from "@/server/gateway/frames";
import { HANDOFF_FIXTURE, loadRecordedFrames } from "../support/fixture-frames";
import { startTestSwitchboard, type ClientSocket } from "../support/switchboard-harness";
import { untilTrue as until } from "../support/until";

const B_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";
const SOCKETS = 12;
const bFrames = loadRecordedFrames(HANDOFF_FIXTURE).filter(
  (f) => (f.payload as { runId?: string } | undefined)?.runId === B_RUN,
);

/**
 * Counts the times a live timeline batch is turned into JSON: socket.io's encoder
 * stringifies `["timeline:appended", batch]` once per packet it builds.
 */
function countTimelineEncodings(work: () => Promise<void>): Promise<number> {
  const stringify = JSON.stringify;
  let count = 0;
  JSON.stringify = ((value: unknown, ...rest: never[]) => {
    if (Array.isArray(value) && value[0] === "timeline:appended") count += 1;
    return stringify(value, ...rest);
  }) as typeof JSON.stringify;
  return work().then(
    () => ((JSON.stringify = stringify), count),
    (error: unknown) => {
      JSON.stringify = stringify;
      throw error;
    },
  );
}

describe("a live batch to many sockets following one run", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  const sockets: ClientSocket[] = [];
  const received = new Map<ClientSocket, number>();
  before(async () => {
    sb = await startTestSwitchboard();
    const feed = async (frames: InboundFrame[]) => {
      frames.forEach((f) => sb.app.ingest.push(f));
      await sb.app.ingest.flush();
    };
    await feed(bFrames.slice(0, 5));
    for (let i = 0; i < SOCKETS; i++) {
      const socket = sb.connect();
      received.set(socket, 0);
      socket.on("timeline:appended", (batch) => {
        if (!batch.replay) received.set(socket, received.get(socket)! + batch.events.length);
      });
      await new Promise((resolve) => socket.emit("run:subscribe", { runId: B_RUN, after: 0 }, resolve));
      sockets.push(socket);
    }
  });
  after(async () => {
    sockets.forEach((s) => s.disconnect());
    await sb.stop();
  });

  it("is serialized once for the run's room, and every socket receives it", async () => {
    const frame = bFrames.find((f) => (f.payload as { stream?: string }).stream === "lifecycle")!;
    const live = { ...frame, payload: { ...(frame.payload as object), seq: 100_000 } };
    const encodings = await countTimelineEncodings(async () => {
      sb.app.ingest.push(live);
      await sb.app.ingest.flush();
    });
    assert.equal(encodings, 1);
    await until(() => [...received.values()].every((n) => n > 0), "every socket receives the batch");
    assert.equal(new Set(received.values()).size, 1, "every socket got the same events");
  });
});
