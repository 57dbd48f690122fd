/**
 * The world outside Switchboard, in a worker thread of its own (as the gateway and the
 * browsers are other processes): the load gateway, the socket clients, the bare relay's
 * clients. The main thread asks it to run one measurement at a time (bench/rpc.ts).
 */
import { parentPort } from "node:worker_threads";
import { io, type Socket } from "socket.io-client";
import { WebSocket } from "ws";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/socket";
import type { TimelineEvent } from "@/lib/timeline";
import { startFakeGateway } from "../tests/support/fake-gateway";
import { interleaved, runFrames, wire, type BenchFrame } from "./frames";

type Client = Socket<ServerToClientEvents, ClientToServerEvents>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
let gateway: Awaited<ReturnType<typeof startFakeGateway>>;

/** Sends frames as fast as the operator's socket takes them (a few MB queued at most). */
async function blast(frames: Iterable<BenchFrame>, path: string): Promise<number> {
  let sent = 0;
  for (const frame of frames) {
    gateway.broadcast(wire(frame), path);
    if (++sent % 500 === 0) while (gateway.buffered() > 4_000_000) await sleep(1);
  }
  return sent;
}

/** Sends at `rate` frames per second, stamped with their send time, for `seconds`. */
async function paced(
  frames: Iterator<BenchFrame>,
  rate: number,
  seconds: number,
  path: string,
): Promise<number> {
  const started = performance.now();
  let sent = 0;
  while (performance.now() - started < seconds * 1000) {
    const due = Math.floor(((performance.now() - started) / 1000) * rate);
    for (; sent < due; sent++) {
      const next = frames.next();
      if (next.done) return sent;
      gateway.broadcast(wire(next.value), path);
    }
    await sleep(2);
  }
  return sent;
}

function connect(url: string, token: string): Promise<Client> {
  const socket: Client = io(url, {
    transports: ["websocket"],
    forceNew: true,
    reconnection: false,
    auth: { token },
  });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

function subscribe(socket: Client, runId: string, after = 0, held?: number): Promise<void> {
  return new Promise((resolve, reject) =>
    socket.emit("run:subscribe", { runId, after, held }, (r) =>
      r.ok ? resolve() : reject(new Error(r.error)),
    ),
  );
}

async function clients(url: string, token: string, count: number): Promise<Client[]> {
  const out: Client[] = [];
  for (let i = 0; i < count; i += 50)
    out.push(
      ...(await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => connect(url, token)))),
    );
  return out;
}

const isEnd = (e: TimelineEvent) => e.kind === "lifecycle" && e.phase === "end";

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const commands = {
  async gateway() {
    gateway = await startFakeGateway({ tickIntervalMs: 600_000 });
    return gateway.url;
  },
  /** Frames for `runs` runs to Switchboard; done when every client has every run's end. */
  async throughput(a: {
    url: string;
    token: string;
    clients: number;
    runs: number;
    perRun: number;
    prefix: string;
  }) {
    const sockets = await clients(a.url, a.token, a.clients);
    let pending = a.clients * a.runs;
    const done = new Promise<void>((resolve) =>
      sockets.forEach((s) =>
        s.on("timeline:appended", (b) => {
          if (!b.replay && b.events.some(isEnd) && --pending === 0) resolve();
        }),
      ),
    );
    for (const s of sockets) for (let r = 0; r < a.runs; r++) await subscribe(s, `${a.prefix}-${r}`);
    const started = performance.now();
    const frames = await blast(interleaved(a.prefix, a.runs, a.perRun), "/");
    await done;
    const ms = performance.now() - started;
    sockets.forEach((s) => s.disconnect());
    return { frames, ms };
  },
  /** The same frames through a bare ws relay (main thread) to `clients` plain WebSocket clients. */
  async relay(a: { url: string; clients: number; runs: number; perRun: number; prefix: string }) {
    const total = [...interleaved(a.prefix, a.runs, a.perRun)].length;
    let pending = a.clients;
    const sockets = await Promise.all(
      Array.from({ length: a.clients }, () => {
        const ws = new WebSocket(a.url);
        return new Promise<WebSocket>((resolve) => ws.once("open", () => resolve(ws)));
      }),
    );
    const done = new Promise<void>((resolve) =>
      sockets.forEach((ws) => {
        let got = 0;
        ws.on("message", (data) => {
          JSON.parse(String(data));
          if (++got === total && --pending === 0) resolve();
        });
      }),
    );
    const started = performance.now();
    const frames = await blast(interleaved(a.prefix, a.runs, a.perRun), "/relay");
    await done;
    const ms = performance.now() - started;
    sockets.forEach((ws) => ws.close());
    return { frames, ms };
  },
  /** Gateway → socket latency at a steady rate: one client follows every run. */
  async latency(a: {
    url: string;
    token: string;
    rate: number;
    seconds: number;
    runs: number;
    prefix: string;
  }) {
    const [socket] = await clients(a.url, a.token, 1);
    const delays: number[] = [];
    socket!.on("timeline:appended", (b) => {
      const now = Date.now();
      if (!b.replay) for (const e of b.events) delays.push(now - e.ts);
    });
    for (let r = 0; r < a.runs; r++) await subscribe(socket!, `${a.prefix}-${r}`);
    const perRun = Math.ceil((a.rate * a.seconds) / a.runs) + 10;
    const sent = await paced(interleaved(a.prefix, a.runs, perRun), a.rate, a.seconds, "/");
    await sleep(500);
    socket!.disconnect();
    return { sent, received: delays.length, p50: percentile(delays, 50), p99: percentile(delays, 99) };
  },
  /** Many sockets following one busy run. */
  async fanout(a: {
    url: string;
    token: string;
    sockets: number;
    rate: number;
    seconds: number;
    runId: string;
  }) {
    const sockets = await clients(a.url, a.token, a.sockets);
    const delays: number[] = [];
    const cursors = sockets.map(() => new Set<number>());
    sockets.forEach((s, i) =>
      s.on("timeline:appended", (b) => {
        const now = Date.now();
        for (const e of b.events) {
          cursors[i]!.add(e.cursor);
          if (!b.replay) delays.push(now - e.ts);
        }
      }),
    );
    for (let i = 0; i < sockets.length; i += 100)
      await Promise.all(sockets.slice(i, i + 100).map((s) => subscribe(s, a.runId)));
    const sent = await paced(runFrames(a.runId, "agent:bench:fanout", 1_000_000), a.rate, a.seconds, "/");
    await sleep(2000);
    const most = Math.max(...cursors.map((c) => c.size));
    const missing = cursors.filter((c) => c.size < most).length;
    sockets.forEach((s) => s.disconnect());
    return { sent, stored: most, missing, p50: percentile(delays, 50), p99: percentile(delays, 99) };
  },
  /** Frames only (no clients): the big run, the store fill. */
  async feed(a: { runs: number; perRun: number; prefix: string; textSteps?: number; path?: string }) {
    const started = performance.now();
    const frames = await blast(interleaved(a.prefix, a.runs, a.perRun, a.textSteps), a.path ?? "/");
    return { frames, ms: performance.now() - started };
  },
  /**
   * A reconnecting client resuming from `after`: time until it is current (holds the event at
   * `last`). A script gets every event; a browser says how many it `held` and may get the tail.
   */
  async catchup(a: {
    url: string;
    token: string;
    runId: string;
    after: number;
    last: number;
    held?: number;
  }) {
    const [socket] = await clients(a.url, a.token, 1);
    let count = 0;
    const started = performance.now();
    await new Promise<void>((resolve) => {
      const got = (events: { cursor: number }[]) => {
        count += events.length;
        if (events.at(-1)!.cursor >= a.last) resolve();
      };
      socket!.on("timeline:appended", (b) => got(b.events));
      socket!.on("timeline:tail", (t) => got(t.events));
      void subscribe(socket!, a.runId, a.after, a.held);
    });
    const ms = performance.now() - started;
    socket!.disconnect();
    return { events: count, ms };
  },
};

export type Commands = typeof commands;

parentPort!.on("message", (message: { id: number; cmd: keyof Commands; args: never }) => {
  void (commands[message.cmd] as (a: never) => Promise<unknown>)(message.args).then(
    (result) => parentPort!.postMessage({ id: message.id, result }),
    (error: unknown) => parentPort!.postMessage({ id: message.id, error: String(error) }),
  );
});
