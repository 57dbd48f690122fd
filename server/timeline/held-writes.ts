import type { DraftEvent } from "@/lib/timeline";
import type { SessionRecord } from "../store/store";

/**
 * Batches the store refused (locked, disk full), held in arrival order to be written again.
 * Bounded: past `limit` events the oldest are dropped, and the time span they covered is
 * remembered, so Switchboard can record it as a gap and backfill it from the gateway later.
 */
export function createHeldWrites(limit: number) {
  let events: DraftEvent[] = [];
  let sessions = new Map<string, SessionRecord>();
  let droppedFrom: number | null = null;

  return {
    hold(batch: readonly DraftEvent[], sessionBatch: readonly SessionRecord[]): void {
      events = [...events, ...batch];
      for (const s of sessionBatch) sessions.set(s.sessionKey, s);
      const over = events.length - limit;
      if (over <= 0) return;
      const oldest = Math.min(...events.slice(0, over).map((e) => e.ts));
      droppedFrom = droppedFrom === null ? oldest : Math.min(droppedFrom, oldest);
      events = events.slice(over);
    },
    /** Everything held, to be written before newer work; the holder is empty afterwards. */
    take(): { events: DraftEvent[]; sessions: SessionRecord[] } {
      const taken = { events, sessions: [...sessions.values()] };
      events = [];
      sessions = new Map();
      return taken;
    },
    /** The start of what was dropped since the last call, or null when nothing was. */
    takeDropped(): number | null {
      const from = droppedFrom;
      droppedFrom = null;
      return from;
    },
    size: () => events.length,
  };
}
