import type { DraftEvent } from "@/lib/timeline";
import type { HistoryRow } from "../gateway/frames";
import { chatMessageText } from "./message-text";
import { normalizeToolCall, normalizeTranscriptMessage, type EventBase } from "./normalize-parts";
import { str } from "./read-value";

/** Assistant endings that close a run; `toolUse` means the turn goes on. */
const ENDINGS: Record<string, "final" | "error" | "aborted"> = {
  stop: "final",
  error: "error",
  aborted: "aborted",
};

/**
 * `chat.history` rows → the same events live frames give, with the same dedupe keys, marked
 * `backfilled`. Pure. Transcript messages key on `__openclaw.id` (= the live `messageId`), tool
 * calls on run id + tool call id, a run's ending on its run id: a row Switchboard already saw
 * live is stored once. What history does not keep (streamed deltas, lifecycle) is not invented.
 */
export function normalizeHistory(
  sessionKey: string,
  rows: readonly HistoryRow[],
  receivedAt: number,
): DraftEvent[] {
  const events: DraftEvent[] = [];
  const endings = new Map<string, DraftEvent>();
  for (const row of rows) {
    // Live, a tool result comes only as the tool event (measured: no `session.message` for it).
    if (row.role !== "toolResult")
      events.push(
        ...normalizeTranscriptMessage({
          sessionKey,
          messageId: str(row.__openclaw?.id),
          message: row,
          receivedAt,
        }),
      );
    const runId = str(row.__openclaw?.runId);
    if (!runId) continue;
    const base: EventBase = { runId, sessionKey, seq: null, ts: row.timestamp ?? receivedAt };
    if (row.role === "assistant") {
      events.push(...toolStarts(base, row.content));
      const ending = row.stopReason ? ENDINGS[row.stopReason] : undefined;
      // The last ending of a run is its real one (a steered run ends more than one turn).
      if (ending) endings.set(runId, runEnding(base, ending, row));
    } else if (row.role === "toolResult" && row.toolCallId) {
      events.push(...toolResult(base, row));
    }
  }
  return [...events, ...endings.values()].map((event) => ({ ...event, backfilled: true }));
}

function toolStarts(base: EventBase, content: unknown): DraftEvent[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((part: unknown) => {
    const p = (part ?? {}) as Record<string, unknown>;
    const toolCallId = str(p.id);
    if (p.type !== "toolCall" || !toolCallId) return [];
    return normalizeToolCall(
      base,
      {
        phase: "start",
        name: str(p.name) ?? "tool",
        toolCallId,
        parentToolCallId: null,
        args: p.arguments,
        isError: false,
      },
      "",
    );
  });
}

function toolResult(base: EventBase, row: HistoryRow): DraftEvent[] {
  const result =
    row.details === undefined ? { content: row.content } : { content: row.content, details: row.details };
  return normalizeToolCall(
    base,
    {
      phase: "result",
      name: row.toolName ?? "tool",
      toolCallId: row.toolCallId ?? "",
      parentToolCallId: null,
      result,
      isError: row.isError === true,
    },
    "",
  );
}

/** The run's `chat` ending, keyed like the live one (normalize.ts: one ending per run id). */
function runEnding(base: EventBase, state: "final" | "error" | "aborted", row: HistoryRow): DraftEvent {
  return {
    ...base,
    kind: "chat",
    dedupeKey: chatEndingKey(base.runId),
    state,
    text: chatMessageText(row),
    stopReason: row.stopReason ?? null,
    error: row.errorMessage ?? null,
  };
}

/** A run ends once: its live `chat` final/error/aborted and its history ending share this key. */
export function chatEndingKey(runId: string): string {
  return `chat:${runId}:end`;
}
