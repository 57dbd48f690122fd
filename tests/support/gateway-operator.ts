import { randomUUID } from "node:crypto";
import { e2eServer } from "./e2e-paths";
import { connectCliClient } from "./openclaw-cli-client";

/**
 * Another operator on the same gateway (OpenClaw's own client, no device): how a journey
 * starts work that the dashboard then has to notice by itself. `port`: the dashboard whose
 * gateway to use (the plain one for deadlocks).
 */
export async function connectOperator(port?: number): Promise<{
  send(sessionKey: string, message: string): Promise<string>;
  /** Waits (up to 60 s) until the gateway says the run ended. */
  waitForEnd(runId: string): Promise<void>;
  createSession(key: string, label: string): Promise<void>;
  /** The session's transcript as JSON text, to count what was posted into it. */
  history(sessionKey: string): Promise<string>;
  close(): Promise<void>;
}> {
  const { url, token } = e2eServer(port);
  const client = await connectCliClient({ url, token, onFrame: () => {} });
  return {
    async send(sessionKey, message) {
      const idempotencyKey = randomUUID();
      await client.request("chat.send", { sessionKey, message, idempotencyKey });
      return idempotencyKey;
    },
    async waitForEnd(runId) {
      await client.request("agent.wait", { runId, timeoutMs: 60_000 });
    },
    async createSession(key, label) {
      await client.request("sessions.create", { key, label });
    },
    async history(sessionKey) {
      return JSON.stringify(await client.request("chat.history", { sessionKey, limit: 200 }));
    },
    close: () => client.stop(),
  };
}
