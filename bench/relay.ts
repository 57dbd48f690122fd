import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";

/**
 * The baseline: a bare `ws` relay that connects to the same gateway as an operator would and
 * forwards every frame's text, untouched, to its clients. No parsing, storing or routing.
 */
export async function startRelay(gatewayUrl: string) {
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  await new Promise<void>((resolve) => server.once("listening", resolve));
  const upstream = new WebSocket(`${gatewayUrl}/relay`);
  await new Promise<void>((resolve) => upstream.once("open", () => resolve()));
  upstream.on("message", (data, isBinary) => {
    for (const client of server.clients) client.send(data, { binary: isBinary });
  });
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close() {
      upstream.close();
      server.clients.forEach((c) => c.terminate());
      server.close();
    },
  };
}
