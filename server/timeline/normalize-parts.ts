import { createHash } from "node:crypto";
import type { DraftEvent } from "@/lib/timeline";
import { messageText } from "./message-text";
import { handoffCall, handoffInbound, handoffResult, type TranscriptMessage } from "./normalize-handoff";
import { str } from "./read-value";

/**
 * The pieces of normalization that take plain values rather than frames: a tool call and a
 * transcript message. Live frames (normalize.ts) and `chat.history` rows both come through
 * here, so a backfilled call or message gets the same events and dedupe keys as a live one.
 */

export interface EventBase {
  runId: string;
  sessionKey: string;
  seq: number | null;
  ts: number;
}

export interface ToolCall {
  phase: "start" | "update" | "result";
  name: string;
  toolCallId: string;
  parentToolCallId: string | null;
  args?: unknown;
  /** The result (or the partial result of an update). */
  result?: unknown;
  isError: boolean;
}

/**
 * A tool call's event, plus its handoff fact for `sessions_send` / `sessions_spawn`. Start and
 * result happen once per call whichever stream reported them; `updateKey` tells updates apart.
 */
export function normalizeToolCall(base: EventBase, call: ToolCall, updateKey: string): DraftEvent[] {
  const { phase, name, toolCallId } = call;
  const id = `${base.runId}:${toolCallId}`;
  const events: DraftEvent[] = [
    {
      ...base,
      kind: "tool",
      dedupeKey: `tool:${id}:${phase}${phase === "update" ? `:${updateKey}` : ""}`,
      phase,
      name,
      toolCallId,
      parentToolCallId: call.parentToolCallId,
      args: call.args,
      result: call.result,
      isError: call.isError,
    },
  ];
  const fact =
    phase === "start"
      ? handoffCall(name, toolCallId, call.args)
      : phase === "result"
        ? handoffResult(name, toolCallId, call.result, call.isError)
        : null;
  if (fact) events.push({ ...base, kind: "handoff", dedupeKey: `handoff:${fact.type}:${id}`, fact });
  return events;
}

export interface TranscriptEntry {
  sessionKey: string;
  /** The live `messageId` (= the history row's `__openclaw.id`), when known. */
  messageId: string | null;
  message: TranscriptMessage & { content: unknown };
  /** When Switchboard received it: the fallback time. */
  receivedAt: number;
}

/**
 * A transcript message's event, plus the handoff fact of its landing when it names its send
 * (a steered copy of the same message is a fact of its own).
 */
export function normalizeTranscriptMessage(entry: TranscriptEntry): DraftEvent[] {
  const m = entry.message;
  const id = entry.messageId ?? str(m.__openclaw?.id) ?? hashOf(m);
  const events: DraftEvent[] = [
    {
      kind: "message",
      dedupeKey: `message:${entry.sessionKey}:${id}`,
      runId: messageRunId(m) ?? "",
      sessionKey: entry.sessionKey,
      seq: null,
      ts: m.timestamp ?? entry.receivedAt,
      role: m.role,
      text: messageText(m.content),
      messageId: entry.messageId,
      provenance: m.provenance
        ? {
            kind: m.provenance.kind,
            sourceSessionKey: m.provenance.sourceSessionKey ?? null,
            sourceTool: m.provenance.sourceTool ?? null,
          }
        : null,
    },
  ];
  const fact = handoffInbound(m, entry.messageId ?? str(m.__openclaw?.id));
  if (fact) {
    const landedAt = m.__openclaw?.recordTimestampMs;
    events.push({
      kind: "handoff",
      dedupeKey: `handoff:inbound:${entry.sessionKey}:${id}:${fact.steerTargetRunId ?? "-"}`,
      runId: "",
      sessionKey: entry.sessionKey,
      seq: null,
      ts: typeof landedAt === "number" ? landedAt : entry.receivedAt,
      fact,
    });
  }
  return events;
}

/**
 * Which run a transcript message belongs to. Assistant rows name it; an inbound turn only
 * has its send key, which the gateway derives from the run id as `<runId>:user`.
 */
function messageRunId(m: TranscriptMessage): string | null {
  const runId = str(m.__openclaw?.runId);
  if (runId) return runId;
  const key = str(m.idempotencyKey);
  return key?.endsWith(":user") ? key.slice(0, -":user".length) : null;
}

export function hashOf(value: unknown): string {
  return createHash("sha1")
    .update(JSON.stringify(value ?? null))
    .digest("hex")
    .slice(0, 16);
}
