/** The slice of an OpenAI Chat Completions request the script looks at. */
export interface ChatMessage {
  role: string;
  content?: unknown;
}

export interface ChatRequest {
  messages: ChatMessage[];
  tools?: unknown[];
}

/** The gateway appends a user message with internal context after the real prompt. */
const INTERNAL_CONTEXT_MARKER = "<<<BEGIN_OPENCLAW_INTERNAL_CONTEXT>>>";
const REPLY_STEP_MARKER = "Agent-to-agent reply step";
/**
 * When a model call fails and the gateway retries the turn, it adds this user message
 * (openclaw 2026.9.6, `CONTINUATION_PROMPT`): the plan goes on from the real prompt before it.
 */
const CONTINUATION_MARKER = "Continue the current task from the existing transcript";

/** Content is either a string or an array of parts; only text parts matter here. */
function messageText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content.map((part: unknown) => (isTextPart(part) ? part.text : "")).join("");
}

function isTextPart(part: unknown): part is { type: "text"; text: string } {
  if (typeof part !== "object" || part === null) return false;
  const { type, text } = part as Record<string, unknown>;
  return type === "text" && typeof text === "string";
}

function isInternalContext(message: ChatMessage): boolean {
  if (message.role !== "user") return false;
  const text = messageText(message.content).trimStart();
  return text.startsWith(INTERNAL_CONTEXT_MARKER) || text.startsWith(CONTINUATION_MARKER);
}

/** The real prompt: the latest user message that is not the gateway's internal context. */
export function findPrompt(messages: ChatMessage[]): { index: number; text: string } | undefined {
  for (let index = messages.length - 1; index >= 0; index--) {
    const message = messages[index]!;
    if (message.role === "user" && !isInternalContext(message))
      return { index, text: messageText(message.content) };
  }
  return undefined;
}

/** Each tool result after the prompt means one planned step is done (ids are rewritten by the gateway, so count). */
export function countToolResultsAfter(messages: ChatMessage[], index: number): number {
  return messages.slice(index + 1).filter((message) => message.role === "tool").length;
}

/** Ping-pong turns are marked in the system prompt or in the internal context, never in the prompt itself. */
export function isReplyStep(messages: ChatMessage[]): boolean {
  return messages.some(
    (message) =>
      (message.role === "system" || isInternalContext(message)) &&
      messageText(message.content).includes(REPLY_STEP_MARKER),
  );
}

/** The gateway wraps a prompt as `[Sun 2026-11-22 00:11 UTC] <text>\n\nRuntime: agent=main | …`; returns `<text>`. */
export function unwrapPrompt(prompt: string): string {
  const withoutTimestamp = prompt.replace(/^\[[^\]\n]*\]\s*/, "");
  return withoutTimestamp.split(/\n\s*Runtime: /)[0]!.trim();
}
