import type { TimelineWindow } from "@/lib/timeline-window";
import type { Store } from "./store";

/** A window of a run's events by position; without `offset`, its last `limit` events (its tail). */
export function windowReader(store: Pick<Store, "countRunEvents" | "listEventsAt">) {
  return async (runId: string, offset: number | undefined, limit: number): Promise<TimelineWindow> => {
    const { total, lastCursor } = await store.countRunEvents(runId);
    const from = offset ?? Math.max(0, total - limit);
    return { total, lastCursor, offset: from, events: await store.listEventsAt(runId, from, limit) };
  };
}
