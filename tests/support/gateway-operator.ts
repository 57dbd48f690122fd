import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { GatewayClient } from "@openclaw/gateway-client";
import { E2E_GATEWAY_FILE } from "./e2e-paths";

/**
 * Another operator on the same gateway (OpenClaw's own client, no device): how a journey
 * starts work that the dashboard then has to notice by itself.
 */
export async function connectOperator(): Promise<{ send(sessionKey: string, message: string): Promise<string>; close(): Promise<void> }> {
  const { url, token } = JSON.parse(readFileSync(E2E_GATEWAY_FILE, "utf8")) as { url: string; token: string };
  const ready = Promise.withResolvers<void>();
  const client = new GatewayClient({
    url,
    token,
    clientName: "cli",
    mode: "cli",
    deviceIdentity: null,
    scopes: ["operator.read", "operator.write"],
    minProtocol: 4,
    maxProtocol: 4,
    onHelloOk: () => ready.resolve(),
    onConnectError: (error) => ready.reject(error),
  });
  client.start();
  await ready.promise;
  return {
    async send(sessionKey, message) {
      const idempotencyKey = randomUUID();
      await client.request("chat.send", { sessionKey, message, idempotencyKey });
      return idempotencyKey;
    },
    close: () => client.stopAndWait({ timeoutMs: 2000 }),
  };
}
