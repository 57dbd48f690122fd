import type { DraftEvent } from "@/lib/timeline";
import {
  AgentPayload,
  ChatPayload,
  SessionMessagePayload,
  SessionsChangedPayload,
  type InboundFrame,
} from "../gateway/frames";
import { chatMessageText } from "./message-text";
import { chatEndingKey } from "./normalize-history";
import { runOrigin, sessionAccepted } from "./normalize-handoff";
import { hashOf, normalizeToolCall, normalizeTranscriptMessage, type EventBase } from "./normalize-parts";
import { num, str } from "./read-value";

/**
 * Gateway frame → domain events. Pure: the same frame always gives the same events with the
 * same dedupe keys, which is what makes a replayed frame harmless in the store.
 * `agent`/tool and `session.tool` are one stream: both map to the key runId+toolCallId+phase.
 */
export function normalizeFrame(frame: InboundFrame): DraftEvent[] {
  switch (frame.event) {
    case "agent":
    case "session.tool":
      return fromAgent(frame);
    case "chat":
      return fromChat(frame);
    case "session.message":
      return fromSessionMessage(frame);
    case "sessions.changed":
      return fromSessionsChanged(frame);
    default:
      return NON_TIMELINE_EVENTS.has(frame.event) ? [] : [unknownEvent(frame)];
  }
}

/** Events that describe the connection or the session catalog, not a run: not timeline material. */
const NON_TIMELINE_EVENTS = new Set(["connect.challenge", "tick", "presence", "health", "heartbeat"]);

function fromAgent(frame: InboundFrame): DraftEvent[] {
  const parsed = AgentPayload.safeParse(frame.payload);
  if (!parsed.success) return [unknownEvent(frame)];
  const p = parsed.data;
  const d = p.data as Record<string, unknown>;
  const base = baseOf(p, frame);
  const seqKey = `${p.runId}:${p.seq ?? hashOf(frame.payload)}`;
  switch (p.stream) {
    case "lifecycle": {
      const phase = str(d.phase);
      const origin = runOrigin(p.runId, phase, d.completionSource);
      return [
        {
          ...base,
          kind: "lifecycle",
          dedupeKey: `lifecycle:${seqKey}`,
          phase: phase ?? "unknown",
          error: str(d.error) ?? errorText(d.error),
          aborted: d.aborted === true,
          stopReason: str(d.stopReason),
        },
        ...(origin
          ? [
              {
                ...base,
                kind: "handoff" as const,
                dedupeKey: `handoff:${origin.type}:${p.runId}`,
                fact: origin,
              },
            ]
          : []),
      ];
    }
    case "tool":
      return toolEvent(base, d, frame);
    case "assistant":
      return [
        {
          ...base,
          kind: "assistant",
          dedupeKey: `assistant:${seqKey}`,
          itemId: str(d.itemId),
          text: str(d.text) ?? "",
          delta: str(d.delta) ?? "",
        },
      ];
    case "run_status":
      return [{ ...base, kind: "status", dedupeKey: `status:${seqKey}`, phase: str(d.phase) ?? "unknown" }];
    case "item":
      return [{ ...base, kind: "status", dedupeKey: `item:${seqKey}`, phase: itemPhase(d) }];
    case "usage":
      return [
        {
          ...base,
          kind: "usage",
          dedupeKey: `usage:${seqKey}`,
          inputTokens: num(d.inputTokens),
          outputTokens: num(d.outputTokens),
        },
      ];
    default:
      return [{ ...unknownEvent(frame), runId: p.runId, sessionKey: base.sessionKey, stream: p.stream }];
  }
}

function toolEvent(base: EventBase, d: Record<string, unknown>, frame: InboundFrame): DraftEvent[] {
  const phase = d.phase === "start" || d.phase === "update" || d.phase === "result" ? d.phase : null;
  const toolCallId = str(d.toolCallId);
  if (!phase || !toolCallId) return [unknownEvent(frame)];
  return normalizeToolCall(
    base,
    {
      phase,
      name: str(d.name) ?? "tool",
      toolCallId,
      parentToolCallId: str(d.parentToolCallId),
      args: d.args,
      result: phase === "update" ? d.partialResult : d.result,
      isError: d.isError === true,
    },
    String(base.seq ?? hashOf(frame.payload)),
  );
}

function fromChat(frame: InboundFrame): DraftEvent[] {
  const parsed = ChatPayload.safeParse(frame.payload);
  if (!parsed.success) return [unknownEvent(frame)];
  const p = parsed.data;
  const base = baseOf(p, frame);
  const seqKey = `${p.runId}:${p.seq ?? hashOf(frame.payload)}`;
  if (p.state === "status") {
    // The same step as the agent `run_status` event of the same seq: one key for both.
    return [{ ...base, kind: "status", dedupeKey: `status:${seqKey}`, phase: p.phase ?? "unknown" }];
  }
  if (p.state !== "delta" && p.state !== "final" && p.state !== "error" && p.state !== "aborted") {
    return [unknownEvent(frame)];
  }
  return [
    {
      ...base,
      kind: "chat",
      dedupeKey: p.state === "delta" ? `chat:${seqKey}:delta` : chatEndingKey(p.runId),
      state: p.state,
      text: chatMessageText(p.message),
      stopReason: p.stopReason ?? null,
      error: p.errorMessage ?? null,
    },
  ];
}

function fromSessionMessage(frame: InboundFrame): DraftEvent[] {
  const parsed = SessionMessagePayload.safeParse(frame.payload);
  if (!parsed.success) return [unknownEvent(frame)];
  const p = parsed.data;
  return normalizeTranscriptMessage({
    sessionKey: p.sessionKey,
    messageId: p.messageId ?? null,
    message: p.message,
    receivedAt: frame.receivedAt,
  });
}

/** A session accepting a message is a handoff fact; the rest of `sessions.changed` feeds the catalog. */
function fromSessionsChanged(frame: InboundFrame): DraftEvent[] {
  const parsed = SessionsChangedPayload.safeParse(frame.payload);
  if (!parsed.success) return [];
  const p = parsed.data;
  const fact = sessionAccepted(p.reason, p.activeRunIds ?? p.session?.activeRunIds);
  if (!fact) return [];
  const ts = p.ts ?? frame.receivedAt;
  return [
    {
      kind: "handoff",
      dedupeKey: `handoff:accepted:${p.sessionKey}:${hashOf(frame.payload)}`,
      runId: "",
      sessionKey: p.sessionKey,
      seq: null,
      ts,
      fact,
    },
  ];
}

function baseOf(
  p: { runId: string; sessionKey?: string; seq?: number; ts?: number },
  frame: InboundFrame,
): EventBase {
  return { runId: p.runId, sessionKey: p.sessionKey ?? "", seq: p.seq ?? null, ts: p.ts ?? frame.receivedAt };
}

function unknownEvent(frame: InboundFrame): Extract<DraftEvent, { kind: "unknown" }> {
  const p = (frame.payload ?? {}) as Record<string, unknown>;
  return {
    kind: "unknown",
    dedupeKey: `unknown:${frame.event}:${hashOf(frame.payload)}`,
    runId: str(p.runId) ?? "",
    sessionKey: str(p.sessionKey) ?? "",
    seq: num(p.seq),
    ts: num(p.ts) ?? frame.receivedAt,
    event: frame.event,
    stream: str(p.stream),
    payload: frame.payload,
  };
}

function itemPhase(d: Record<string, unknown>): string {
  const title = str(d.title) ?? str(d.name) ?? "item";
  return `${title}: ${str(d.status) ?? str(d.phase) ?? ""}`.trim();
}

function errorText(value: unknown): string | null {
  if (value && typeof value === "object" && "message" in value)
    return str((value as { message: unknown }).message);
  return null;
}
