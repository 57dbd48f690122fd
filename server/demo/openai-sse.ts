/**
 * OpenAI Chat Completions streaming frames, in the exact order the gateway's OpenAI client
 * expects: a role delta, content or tool-call pieces, a finish reason, a usage chunk, [DONE].
 */
export interface CompletionIds {
  id: string;
  model: string;
  created: number;
}

export type Delta = Record<string, unknown>;
export type FinishReason = "stop" | "tool_calls";

export const DONE_FRAME = "data: [DONE]\n\n";

export function chunkFrame(
  ids: CompletionIds,
  delta: Delta,
  finishReason: FinishReason | null = null,
): string {
  return data({ ...envelope(ids), choices: [{ index: 0, delta, finish_reason: finishReason }] });
}

export function usageFrame(ids: CompletionIds, promptTokens: number, completionTokens: number): string {
  const usage = {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
  };
  return data({ ...envelope(ids), choices: [], usage });
}

export function textDeltas(pieces: string[]): Delta[] {
  return [{ role: "assistant", content: "" }, ...pieces.map((content) => ({ content }))];
}

export function toolCallDeltas(callId: string, name: string, argsJson: string): Delta[] {
  const opening = { index: 0, id: callId, type: "function", function: { name, arguments: "" } };
  return [
    { role: "assistant", content: null, tool_calls: [opening] },
    ...splitEvenly(argsJson, 2).map((part) => ({
      tool_calls: [{ index: 0, function: { arguments: part } }],
    })),
  ];
}

/** Splits text into about `count` pieces at word boundaries, so streamed text reads naturally. */
export function splitIntoChunks(text: string, count: number): string[] {
  const words = text.match(/\S+\s*|\s+/g) ?? [];
  const perPiece = Math.max(1, Math.ceil(words.length / Math.max(1, count)));
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += perPiece) pieces.push(words.slice(i, i + perPiece).join(""));
  return pieces.length > 0 ? pieces : [text];
}

/** Rough token estimate; the gateway only displays it. */
export function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function splitEvenly(text: string, count: number): string[] {
  const size = Math.max(1, Math.ceil(text.length / count));
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += size) parts.push(text.slice(i, i + size));
  return parts;
}

function envelope(ids: CompletionIds) {
  return { id: ids.id, object: "chat.completion.chunk", created: ids.created, model: ids.model };
}

function data(payload: unknown): string {
  return `data: ${JSON.stringify(payload)}\n\n`;
}
