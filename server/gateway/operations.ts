import { randomUUID } from "node:crypto";
import { z } from "zod";
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
    /**
     * Where a run stands now, without waiting: `ended` with its outcome, or `unknown` (still
     * running, or a run this gateway no longer knows: `agent.wait` says `timeout` for both).
     */
    async runOutcome(runId: string): Promise<RunOutcome> {
      const result = AgentWaitResult.parse(await bridge.request("agent.wait", { runId, timeoutMs: 1 }));
      if (result.status === "timeout" || result.endedAt === undefined) return { ended: false };
      return {
        ended: true,
        ok: result.status === "ok",
        endedAt: result.endedAt,
        error: result.error ?? null,
        reply: result.terminalReply?.text ?? null,
      };
    },
    /** Aborts a run (chat.abort); `aborted` is false when it had already ended. */
    async abortRun(sessionKey: string, runId: string): Promise<{ aborted: boolean; runIds: string[] }> {
      const result = AbortResult.parse(await bridge.request("chat.abort", { sessionKey, runId }));
      return { aborted: result.aborted ?? false, runIds: result.runIds ?? [] };
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

const AbortResult = z.looseObject({ aborted: z.boolean().optional(), runIds: z.array(z.string()).optional() });

const AgentWaitResult = z.looseObject({
  status: z.string(),
  endedAt: z.number().optional(),
  error: z.string().optional(),
  terminalReply: z.looseObject({ text: z.string().optional() }).optional(),
});

export type RunOutcome =
  | { ended: false }
  | { ended: true; ok: boolean; endedAt: number; error: string | null; reply: string | null };

export type GatewayOperations = ReturnType<typeof createGatewayOperations>;
