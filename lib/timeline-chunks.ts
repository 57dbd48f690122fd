import type { RunStatus } from "./runs";
import type { TimelineEvent } from "./timeline";
import { buildTimelineItems, type TimelineItem } from "./timeline-view";

/**
 * A long run's timeline is folded one chunk of events at a time (only the chunks on screen are
 * loaded). A tool call or a streamed text can straddle two chunks: the chunk where it starts
 * shows it whole, reading ahead into the next chunk, and the next chunk leaves it out. Pure.
 */

/** The events a chunk folds, given its neighbours (null while they are not loaded). */
export function chunkEvents(
  prev: readonly TimelineEvent[] | null,
  own: readonly TimelineEvent[],
  next: readonly TimelineEvent[] | null,
): TimelineEvent[] {
  const earlierTools = prev ? toolCallIds(prev) : new Set<string>();
  const skipLeading = prev !== null && endsInText(prev) && leadingText(prev) < prev.length;
  const kept = own.filter(
    (e, i) =>
      !(skipLeading && i < leadingText(own)) && !(e.kind === "tool" && earlierTools.has(e.toolCallId)),
  );
  if (!next) return kept;
  const ownTools = toolCallIds(own);
  const textAhead = endsInText(own) ? leadingText(next) : 0;
  const ahead = next.filter(
    (e, i) =>
      i < textAhead || (e.kind === "tool" && ownTools.has(e.toolCallId) && !earlierTools.has(e.toolCallId)),
  );
  return [...kept, ...ahead];
}

/** The items chunk `index` of `chunks` shows. `last`: it holds the run's newest events. */
export function chunkItems(
  events: { prev: TimelineEvent[] | null; own: TimelineEvent[]; next: TimelineEvent[] | null },
  runStatus: RunStatus | null,
  last: boolean,
): TimelineItem[] {
  return buildTimelineItems(inTimeOrder(chunkEvents(events.prev, events.own, events.next)), runStatus, !last);
}

/**
 * Events backfilled from the gateway's history after a gap are stored after the live events
 * that arrived meanwhile, though they happened earlier: each goes back before the first live
 * event later than it, so a run never shows work after its own end. Live events keep their
 * order, and so do the backfilled ones among themselves.
 */
export function inTimeOrder(events: readonly TimelineEvent[]): TimelineEvent[] {
  const late = events.filter((e) => e.backfilled).sort((a, b) => a.ts - b.ts);
  if (late.length === 0) return [...events];
  const ordered: TimelineEvent[] = [];
  let next = 0;
  for (const event of events) {
    if (event.backfilled) continue;
    while (next < late.length && late[next]!.ts < event.ts) ordered.push(late[next++]!);
    ordered.push(event);
  }
  return [...ordered, ...late.slice(next)];
}

function toolCallIds(events: readonly TimelineEvent[]): Set<string> {
  return new Set(events.flatMap((e) => (e.kind === "tool" ? [e.toolCallId] : [])));
}

const isText = (e: TimelineEvent) => e.kind === "assistant" || e.kind === "chat";

/** How many events at the start are streamed text (the tail of a text begun earlier). */
function leadingText(events: readonly TimelineEvent[]): number {
  const end = events.findIndex((e) => !isText(e));
  return end === -1 ? events.length : end;
}

/** The last event that is content is streamed text still open (no final yet). */
function endsInText(events: readonly TimelineEvent[]): boolean {
  const last = events.findLast((e) => e.kind !== "handoff" && e.kind !== "status" && e.kind !== "usage");
  return last?.kind === "assistant" || (last?.kind === "chat" && last.state === "delta");
}
