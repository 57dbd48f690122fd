import type { TimelineEvent } from "@/lib/timeline";
import type { InboundFrame } from "@/server/gateway/frames";
import { normalizeFrame } from "@/server/timeline/normalize";

/** Frames as the store would keep them: normalized, deduplicated, numbered by cursor. */
export function storedEvents(frames: InboundFrame[]): TimelineEvent[] {
  const seen = new Set<string>();
  return frames
    .flatMap(normalizeFrame)
    .filter((d) => !seen.has(d.dedupeKey) && seen.add(d.dedupeKey))
    .map(({ dedupeKey: _key, ...event }, i) => ({ ...event, cursor: i + 1 }) as TimelineEvent);
}
