import { randomUUID } from "node:crypto";
import type { GatewayBridge } from "./bridge";

/**
 * The gateway methods Switchboard calls to make things happen. Kept here, with the bridge,
 * because method names and parameter shapes are protocol knowledge.
 */
export function createGatewayOperations(bridge: GatewayBridge) {
  return {
    /** Starts a run in the session; the gateway uses the idempotency key as the run id. */
    async sendMessage(sessionKey: string, message: string, idempotencyKey: string = randomUUID()): Promise<{ runId: string }> {
      const result = await bridge.request<{ runId?: string }>("chat.send", { sessionKey, message, idempotencyKey });
      return { runId: result.runId ?? idempotencyKey };
    },
    /** Creates the session unless it exists already (labels are unique on a gateway). */
    async ensureSession(key: string, label: string): Promise<void> {
      try {
        await bridge.request("sessions.create", { key, label });
      } catch (error) {
        if (!/already|in use|exists/i.test(String(error))) throw error;
      }
    },
  };
}

export type GatewayOperations = ReturnType<typeof createGatewayOperations>;
