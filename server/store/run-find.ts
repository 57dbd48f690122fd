import type { TimelineEvent } from "@/lib/timeline";
import type { TimelineFind } from "@/lib/timeline-window";

/**
 * What a find looks for in a decoded event. Bodies may be deflated and assistant texts stored
 * as deltas, so no backend searches inside SQL: finds decode a run's rows in cursor order.
 */
export function matcher(find: TimelineFind): (event: TimelineEvent) => boolean {
  if ("seq" in find) return (event) => (event as { seq?: number }).seq === find.seq;
  if ("toolCallId" in find)
    return (event) =>
      event.kind === "tool" && (event as { toolCallId?: string }).toolCallId === find.toolCallId;
  const q = find.q.toLowerCase();
  return (event) => searchable(event)?.toLowerCase().includes(q) ?? false;
}

/**
 * What search looks in: an assistant step's new words (not the cumulative text every step
 * repeats), no chat deltas (the assistant events carry the same words), everything else whole.
 */
function searchable(event: TimelineEvent): string | null {
  if (event.kind === "assistant") return (event as Extract<TimelineEvent, { kind: "assistant" }>).delta;
  if (event.kind === "chat" && (event as { state?: string }).state === "delta") return null;
  return JSON.stringify(event);
}
