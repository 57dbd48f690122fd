import { z } from "zod";
import { TimelineEvent } from "./timeline";

/**
 * A run's events read by position (0 = its first event, in cursor order), so a page can show
 * any part of a huge run without reading the rest: the timeline asks for the chunks around
 * the viewport, and for where an event or a search hit sits.
 */

/** Events per chunk: the unit the timeline fetches, folds and renders. */
export const TIMELINE_CHUNK = 200;

/** Missed events past which a window client resumes from the run's tail rather than replaying. */
export const TIMELINE_TAIL = TIMELINE_CHUNK * 2;

export const TimelineWindowQuery = z.object({
  /** Position of the first event; omitted: the run's last `limit` events (its tail). */
  offset: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(TIMELINE_CHUNK),
});
export type TimelineWindowQuery = z.infer<typeof TimelineWindowQuery>;

export const TimelineWindow = z.object({
  /** How many events the run has now. */
  total: z.number().int().nonnegative(),
  /** The run's newest cursor (0 for none): where a live subscription resumes, wherever the window is. */
  lastCursor: z.number().int().nonnegative(),
  /** Position of `events[0]`. */
  offset: z.number().int().nonnegative(),
  events: z.array(TimelineEvent),
});
export type TimelineWindow = z.infer<typeof TimelineWindow>;

/** What to look for in one run: an event by its gateway seq, a tool call, or text. */
export const TimelineFind = z.union([
  z.object({ seq: z.coerce.number().int() }).strict(),
  z.object({ toolCallId: z.string().min(1).max(200) }).strict(),
  z.object({ q: z.string().trim().min(1).max(200) }).strict(),
]);
export type TimelineFind = z.infer<typeof TimelineFind>;

export const TimelineMatch = z.object({ index: z.number().int().nonnegative(), cursor: z.number().int() });
export type TimelineMatch = z.infer<typeof TimelineMatch>;

export const TimelineMatches = z.object({
  matches: z.array(TimelineMatch),
  /** More events matched than were returned. */
  truncated: z.boolean(),
});
export type TimelineMatches = z.infer<typeof TimelineMatches>;

/** Most matches one search returns. */
export const MAX_MATCHES = 200;

/** What a run page's hash points at: `#event-<seq>` or a tool card's `#tool-<id>`; null otherwise. */
export function findOfHash(hash: string): TimelineFind | null {
  const event = /^#event-(-?\d+)$/.exec(hash);
  if (event) return { seq: Number(event[1]) };
  const tool = /^#tool-(.+)$/.exec(hash);
  if (!tool) return null;
  try {
    return { toolCallId: decodeURIComponent(tool[1]!) };
  } catch {
    return null;
  }
}
