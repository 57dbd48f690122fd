import { resultText, toolCallAnchor } from "@/lib/format";
import type { TimelineEvent } from "@/lib/timeline";

/** The words an event adds to the full-text index, and what they are; null when it adds none. */
export function searchableText(event: TimelineEvent): { source: string; text: string } | null {
  switch (event.kind) {
    case "message":
      return { source: "message", text: event.text };
    case "tool":
      if (event.phase === "start")
        return { source: "tool", text: `${event.name} ${JSON.stringify(event.args ?? "")}` };
      return event.phase === "result"
        ? { source: "tool", text: `${event.name} ${resultText(event.result)}` }
        : null;
    case "chat":
      return event.state === "final" && event.text ? { source: "reply", text: event.text } : null;
    default:
      return null;
  }
}

/** The run page's hash for an event: its tool card, or its place by seq. */
export function anchorOf(event: TimelineEvent): string | null {
  if (event.kind === "tool") return toolCallAnchor(event.toolCallId);
  return event.seq === null ? null : `event-${event.seq}`;
}
