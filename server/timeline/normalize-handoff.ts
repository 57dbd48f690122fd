import type { HandoffFact, HandoffFactOf } from "@/lib/handoff-events";
import { str } from "./read-value";

/**
 * The handoff facts inside a gateway value, typed (lib/handoff-events.ts). Pure and fed plain
 * values, not frames, so live frames and `chat.history` rows go through the same reading.
 */

const HANDOFF_TOOLS: Record<string, "send" | "spawn"> = { sessions_send: "send", sessions_spawn: "spawn" };

/** A `sessions_send` / `sessions_spawn` start: what the caller asked for, from the arguments. */
export function handoffCall(name: string, toolCallId: string, args: unknown): HandoffFactOf<"call"> | null {
  const tool = HANDOFF_TOOLS[name];
  if (!tool) return null;
  const a = record(args);
  return {
    type: "call",
    tool,
    toolCallId,
    targetSessionKey: str(a.sessionKey),
    targetLabel: str(a.label),
    targetAgentId: str(a.agentId),
    message: str(a.message) ?? str(a.task) ?? "",
    timeoutSeconds: typeof a.timeoutSeconds === "number" ? a.timeoutSeconds : tool === "spawn" ? 0 : null,
    mode: str(a.mode),
  };
}

/** A handoff tool's result: its `details` (given as is, or as the JSON text of its first part). */
export function handoffResult(
  name: string,
  toolCallId: string,
  result: unknown,
  isError: boolean,
): HandoffFactOf<"result"> | null {
  const tool = HANDOFF_TOOLS[name];
  if (!tool) return null;
  const details = detailsOf(result);
  const status = str(details.status) ?? (isError ? "error" : "ok");
  const delivery = record(details.delivery);
  return {
    type: "result",
    tool,
    toolCallId,
    status,
    targetRunId: str(details.runId),
    targetSessionKey: str(details.sessionKey) ?? str(details.childSessionKey),
    disposition: str(details.targetDisposition),
    delivery:
      details.delivery && typeof details.delivery === "object"
        ? { status: str(delivery.status), mode: str(delivery.mode) }
        : null,
    error: str(details.error) ?? (status === "error" || status === "forbidden" ? textOf(result) : null),
    reply: str(details.reply),
  };
}

/** A transcript message, as a live `session.message` or a `chat.history` row carries it. */
export interface TranscriptMessage {
  role: string;
  timestamp?: number;
  idempotencyKey?: unknown;
  provenance?: { kind: string; sourceSessionKey?: string; sourceTool?: string };
  __openclaw?: Record<string, unknown>;
}

/**
 * The landing of a message that names where it came from: its send id (`<runId>:user`), an
 * inter-session provenance, or the running turn it was steered into. Null for other messages.
 */
export function handoffInbound(
  message: TranscriptMessage,
  messageId: string | null,
): HandoffFactOf<"inbound"> | null {
  const meta = message.__openclaw ?? {};
  const key = str(message.idempotencyKey) ?? str(meta.idempotencyKey);
  const steerTargetRunId = str(meta.steerTargetRunId);
  const p = message.provenance;
  if (!key && !p && !steerTargetRunId) return null;
  return {
    type: "inbound",
    messageId,
    role: message.role,
    sendRunId: key?.endsWith(":user") ? key.slice(0, -":user".length) : null,
    idempotencyKey: key,
    admittedAt: typeof message.timestamp === "number" ? message.timestamp : null,
    source: p ? { kind: p.kind, sessionKey: p.sourceSessionKey ?? null, tool: p.sourceTool ?? null } : null,
    steerTargetRunId,
  };
}

/** `sessions.changed`: only `reason:"send"` (the session accepted a message) is a handoff fact. */
export function sessionAccepted(reason: unknown, activeRunIds: unknown): HandoffFactOf<"accepted"> | null {
  if (reason !== "send") return null;
  const ids = Array.isArray(activeRunIds) ? activeRunIds.filter((id) => typeof id === "string") : null;
  return { type: "accepted", activeRunIds: ids };
}

/** What a run's lifecycle says about where it came from: a session's queue, or a child's announce. */
export function runOrigin(
  runId: string,
  phase: string | null,
  completionSource: unknown,
): HandoffFact | null {
  const announce = /^announce:v1:(.+):([^:]+)$/.exec(runId);
  if (announce) return { type: "announce", childSessionKey: announce[1]!, childRunId: announce[2]! };
  if (phase === "start" && completionSource === "reply-dispatch") return { type: "queue-run" };
  return null;
}

function detailsOf(result: unknown): Record<string, unknown> {
  const r = record(result);
  if (r.details && typeof r.details === "object") return record(r.details);
  try {
    return record(JSON.parse(textOf(result) ?? ""));
  } catch {
    return {};
  }
}

function textOf(result: unknown): string | null {
  const content = (result as { content?: { text?: unknown }[] } | null)?.content;
  const text = Array.isArray(content) ? content[0]?.text : undefined;
  return typeof text === "string" ? text : null;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
