import { WebSocketServer, type WebSocket } from "ws";
import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeGatewayOptions {
  /** The protocol the fake claims in hello-ok. */
  protocol?: number;
  /** The tick interval it advertises; it never actually sends a tick. */
  tickIntervalMs?: number;
}

/**
 * A hand-written stand-in for the gateway, only for behaviour the real one cannot be made to
 * show on demand (a foreign protocol version, silence after the handshake). The real gateway
 * is the peer of every other bridge test.
 */
export async function startFakeGateway(options: FakeGatewayOptions = {}) {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  let connections = 0;

  /** The path each operator connected on: a load generator may address one of several. */
  const paths = new WeakMap<WebSocket, string>();

  server.on("connection", (socket: WebSocket, request: IncomingMessage) => {
    connections += 1;
    paths.set(socket, request.url ?? "/");
    send(socket, {
      type: "event",
      event: "connect.challenge",
      payload: { nonce: `n-${connections}`, ts: Date.now() },
    });
    socket.on("message", (data) => {
      const frame = JSON.parse(String(data)) as { type: string; id: string; method: string };
      if (frame.type !== "req") return;
      send(socket, {
        type: "res",
        id: frame.id,
        ok: true,
        payload: frame.method === "connect" ? hello(options) : answer(frame.method),
      });
    });
  });

  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections: () => connections,
    /** Sends an already serialized frame to the operators connected on `path` (load generation). */
    broadcast(text: string, path = "/"): void {
      for (const client of server.clients) if (paths.get(client) === path) client.send(text);
    },
    /** Bytes still queued in the operators' sockets (the load generator paces on it). */
    buffered: () => [...server.clients].reduce((sum, c) => sum + c.bufferedAmount, 0),
    close: () =>
      new Promise<void>((resolve) => {
        server.clients.forEach((c) => c.terminate());
        server.close(() => resolve());
      }),
  };
}

function hello(options: FakeGatewayOptions) {
  return {
    type: "hello-ok",
    protocol: options.protocol ?? 4,
    server: { version: "fake-1", connId: "fake" },
    features: { methods: ["sessions.subscribe", "sessions.list"], events: ["tick"] },
    snapshot: { presence: [], health: {}, stateVersion: { presence: 0, health: 0 }, uptimeMs: 1 },
    auth: { role: "operator", scopes: ["operator.read"] },
    policy: {
      maxPayload: 1_000_000,
      maxBufferedBytes: 1_000_000,
      tickIntervalMs: options.tickIntervalMs ?? 30_000,
    },
  };
}

function answer(method: string): unknown {
  return method === "sessions.list" ? { sessions: [] } : { subscribed: true };
}

function send(socket: WebSocket, frame: unknown): void {
  socket.send(JSON.stringify(frame));
}
