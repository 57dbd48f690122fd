/**
 * The readable text of a transcript message's `content`: a string, or an array of parts
 * where text parts carry `text` and tool calls are named, never executed or interpreted.
 */
export function messageText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map(partText)
    .filter((t) => t.length > 0)
    .join("\n");
}

function partText(part: unknown): string {
  if (typeof part === "string") return part;
  if (!part || typeof part !== "object") return "";
  const p = part as Record<string, unknown>;
  if (typeof p.text === "string") return p.text;
  if (p.type === "toolCall" && typeof p.name === "string") return `[tool call: ${p.name}]`;
  return "";
}

/** The text of a `chat` event's cumulative `message` (an assistant message object). */
export function chatMessageText(message: unknown): string | null {
  if (!message || typeof message !== "object") return null;
  const text = messageText((message as { content?: unknown }).content);
  return text.length > 0 ? text : null;
}
