/**
 * Hot-path benchmark: gateway frames → normalize → SQLite (batched) → socket.io to a browser
 * following one run. Prints figures; asserts nothing. `npm run bench`.
 */
import { performance } from "node:perf_hooks";
import type { InboundFrame } from "@/server/gateway/frames";
import { startTestSwitchboard } from "../tests/support/switchboard-harness";

const RUNS = 50;
const FRAMES_PER_RUN = 400;

function frames(): InboundFrame[] {
  const out: InboundFrame[] = [];
  for (let seq = 1; seq <= FRAMES_PER_RUN; seq++) {
    for (let r = 0; r < RUNS; r++) {
      const runId = `bench-${r}`;
      const tool = seq % 10 === 0;
      out.push({
        event: "agent",
        receivedAt: Date.now(),
        payload: tool
          ? {
              runId,
              seq,
              sessionKey: `agent:main:s${r % 5}`,
              stream: "tool",
              ts: Date.now(),
              data: { phase: "start", name: "exec", toolCallId: `c${seq}`, args: { cmd: "ls -la", n: seq } },
            }
          : {
              runId,
              seq,
              sessionKey: `agent:main:s${r % 5}`,
              stream: "assistant",
              ts: Date.now(),
              data: { text: "x".repeat(seq % 200), delta: "x" },
            },
      });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const sb = await startTestSwitchboard();
  const socket = sb.connect();
  let delivered = 0;
  socket.on("timeline:appended", (batch) => (delivered += batch.events.length));
  await new Promise<void>((resolve) =>
    socket.emit("run:subscribe", { runId: "bench-0", after: 0 }, () => resolve()),
  );

  const input = frames();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = performance.now();
  for (const frame of input) sb.app.ingest.push(frame);
  await sb.app.ingest.flush();
  const stored = performance.now() - started;
  while (delivered < FRAMES_PER_RUN) await new Promise((r) => setTimeout(r, 5));
  const followed = performance.now() - started;

  console.log(`frames ingested:        ${input.length} (${RUNS} runs × ${FRAMES_PER_RUN})`);
  console.log(
    `stored in:              ${stored.toFixed(0)} ms → ${Math.round(input.length / (stored / 1000))} events/s`,
  );
  console.log(
    `followed run delivered: ${delivered} events to the browser socket in ${followed.toFixed(0)} ms`,
  );
  console.log(
    `heap growth:            ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB`,
  );
  console.log(`events in store:        ${await sb.app.store.countEvents()}`);
  socket.disconnect();
  await sb.stop();
}

void main();
