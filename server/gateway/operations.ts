import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { GatewayBridge } from "./bridge";
import { ChatHistoryResult, HistoryRow, SessionsListResult, type SessionRow } from "./frames";

/** How many transcript rows a backfill reads per session (the gateway pages longer ones). */
const HISTORY_ROWS = 500;

/**
 * The gateway methods Switchboard calls to make things happen. Kept here, with the bridge,
 * because method names and parameter shapes are protocol knowledge.
 */
export function createGatewayOperations(bridge: GatewayBridge) {
  return {
    /**
     * Sends a message into the session: an idle session runs it under the idempotency key as
     * run id; a busy one does what `queueMode` says (the session's own default when left out).
     */
    async sendMessage(
      sessionKey: string,
      message: string,
      idempotencyKey: string = randomUUID(),
      queueMode?: string,
    ): Promise<{ runId: string }> {
      const result = await bridge.request<{ runId?: string }>("chat.send", {
        sessionKey,
        message,
        idempotencyKey,
        ...(queueMode ? { queueMode } : {}),
      });
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
    /** The gateway's session catalog now: which sessions changed, and which are still running. */
    async listSessions(): Promise<SessionRow[]> {
      return SessionsListResult.parse(await bridge.request("sessions.list", { limit: 500 })).sessions;
    },
    /** A session's transcript, newest rows last; rows of an unexpected shape are left out. */
    async chatHistory(sessionKey: string): Promise<HistoryRow[]> {
      const result = ChatHistoryResult.parse(
        await bridge.request("chat.history", { sessionKey, limit: HISTORY_ROWS }),
      );
      return result.messages.flatMap((row) => {
        const parsed = HistoryRow.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      });
    },
    /** Aborts a run (chat.abort); `aborted` is false when it had already ended. */
    async abortRun(sessionKey: string, runId: string): Promise<{ aborted: boolean; runIds: string[] }> {
      const result = AbortResult.parse(await bridge.request("chat.abort", { sessionKey, runId }));
      return { aborted: result.aborted ?? false, runIds: result.runIds ?? [] };
    },
    /** A visible note in a session's transcript that starts no agent run (needs operator.admin). */
    async injectNote(sessionKey: string, message: string): Promise<void> {
      await bridge.request("chat.inject", { sessionKey, message, label: NOTE_LABEL });
    },
    /**
     * Whether a note Switchboard injected is in the session's transcript, posted at `since` or
     * later: chat.inject takes no idempotency key, so this check is what makes a retry safe.
     */
    async transcriptHasNote(sessionKey: string, text: string, since: number): Promise<boolean> {
      const history = ChatHistory.parse(await bridge.request("chat.history", { sessionKey, limit: 200 }));
      const posted = `[${NOTE_LABEL}]\n\n${text}`;
      return history.messages.some(
        (m) =>
          m.model === "gateway-injected" && (m.timestamp ?? since) >= since && textOf(m.content) === posted,
      );
    },
    /** The session's last chat channel, recipient and thread, if it ever had one. */
    async channelRoute(sessionKey: string): Promise<ChannelRoute | null> {
      const list = SessionsListResult.parse(await bridge.request("sessions.list", { limit: 500 }));
      const row = list.sessions.find((s) => s.key === sessionKey) as Record<string, unknown> | undefined;
      const channel = row?.lastChannel;
      const to = row?.lastTo;
      if (typeof channel !== "string" || typeof to !== "string") return null;
      return { channel, to, threadId: typeof row?.lastThreadId === "string" ? row.lastThreadId : null };
    },
    /** Posts into a chat channel through the gateway's outbound `send`, mirrored into the session. */
    async sendToChannel(
      sessionKey: string,
      route: ChannelRoute,
      message: string,
      idempotencyKey: string,
    ): Promise<void> {
      await bridge.request("send", {
        to: route.to,
        channel: route.channel,
        message,
        sessionKey,
        idempotencyKey,
        ...(route.threadId ? { threadId: route.threadId } : {}),
      });
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

/** chat.inject shows it as the note's first line: `[Switchboard]`. */
const NOTE_LABEL = "Switchboard";

const ChatHistory = z.looseObject({
  messages: z
    .array(
      z.looseObject({
        model: z.string().optional(),
        timestamp: z.number().optional(),
        content: z.union([
          z.string(),
          z.array(z.looseObject({ type: z.string(), text: z.string().optional() })),
        ]),
      }),
    )
    .default([]),
});

function textOf(content: z.infer<typeof ChatHistory>["messages"][number]["content"]): string {
  if (typeof content === "string") return content;
  return content.map((block) => (block.type === "text" ? (block.text ?? "") : "")).join("");
}

const AbortResult = z.looseObject({
  aborted: z.boolean().optional(),
  runIds: z.array(z.string()).optional(),
});

const AgentWaitResult = z.looseObject({
  status: z.string(),
  endedAt: z.number().optional(),
  error: z.string().optional(),
  terminalReply: z.looseObject({ text: z.string().optional() }).optional(),
});

export interface ChannelRoute {
  channel: string;
  to: string;
  threadId: string | null;
}

export type RunOutcome =
  | { ended: false }
  | { ended: true; ok: boolean; endedAt: number; error: string | null; reply: string | null };

export type GatewayOperations = ReturnType<typeof createGatewayOperations>;
