import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";

/**
 * A WebSocket proxy between Switchboard and the gateway that can swallow the next `n` run
 * event frames on their way to Switchboard (a seq gap, as a lossy network would make one), or
 * cut the link and refuse it for a while (a disconnect while the gateway goes on working).
 */
export async function startFrameDropper(upstream: string) {
  const server = new WebSocketServer({ port: 0, host: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
  let toDrop = 0;
  let dropped = 0;
  let refuseUntil = 0;
  server.on("connection", (client) => {
    if (Date.now() < refuseUntil) return void client.terminate();
    const gateway = new WebSocket(upstream);
    const pending: Parameters<WebSocket["send"]>[0][] = [];
    gateway.on("open", () => pending.splice(0).forEach((m) => gateway.send(m)));
    client.on("message", (data, binary) => {
      const message = binary ? data : data.toString();
      if (gateway.readyState === WebSocket.OPEN) gateway.send(message as string);
      else pending.push(message as string);
    });
    gateway.on("message", (data, binary) => {
      const text = data.toString();
      if (toDrop > 0 && /^\{"type":"event","event":"(agent|chat|session\.)/.test(text)) {
        toDrop -= 1;
        dropped += 1;
        return;
      }
      client.send(binary ? data : text);
    });
    client.on("close", () => gateway.close());
    gateway.on("close", () => client.close());
    gateway.on("error", () => client.close());
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    drop(n: number): void {
      toDrop = n;
    },
    dropped: () => dropped,
    sever(ms: number): void {
      refuseUntil = Date.now() + ms;
      for (const client of server.clients) client.terminate();
    },
    close(): Promise<void> {
      for (const client of server.clients) client.terminate();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
