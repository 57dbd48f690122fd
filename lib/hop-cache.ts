import { applyPagedUpdate, flattenPages, type PagedList } from "./paged-list";
import type { Alert } from "./alerts";
import type { Hop, HopsPage, HopsQuery } from "./hops";

/**
 * How `hop:updated` and `alert:raised` change what the browser holds. Pure; each returns the
 * same reference when nothing changed, like lib/live-cache.ts.
 */

export type HopFilters = Pick<HopsQuery, "session" | "state" | "since">;

/** The server's filter: `session` matches either end of the hop, `since` its send time. */
export function matchesHopFilters(hop: Hop, filters: HopFilters): boolean {
  const { session, state, since } = filters;
  return (
    (!session || hop.callerSessionKey === session || hop.targetSessionKey === session) &&
    (!state || hop.state === state) &&
    (since === undefined || hop.timestamps.sentAt >= since)
  );
}

const HOP_LIST: PagedList<HopsPage, Hop> = {
  items: (page) => page.hops,
  withItems: (page, hops) => ({ ...page, hops }),
  id: (hop) => hop.hopId,
  time: (hop) => hop.timestamps.sentAt,
  hasMore: (page) => page.nextCursor !== null,
};

/** Applies one `hop:updated` to the loaded pages of a filtered hops list (see lib/paged-list.ts). */
export function applyHopUpdate(pages: HopsPage[], hop: Hop, filters: HopFilters): HopsPage[] {
  return applyPagedUpdate(HOP_LIST, pages, hop, matchesHopFilters(hop, filters));
}

/** The pages as one list; a hop that moved between pages while loading shows once. */
export function flattenHops(pages: readonly HopsPage[]): Hop[] {
  return flattenPages(HOP_LIST, pages);
}

/** A raised alert replaces the one with its id (the server raises a loop again as it turns), newest first. */
export function upsertAlert(alerts: readonly Alert[], alert: Alert): Alert[] {
  const rest = alerts.filter((a) => a.alertId !== alert.alertId);
  return [alert, ...rest].sort((a, b) => b.at - a.at);
}
