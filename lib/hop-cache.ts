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

/**
 * Applies one `hop:updated` to the loaded pages of a filtered, newest-first list: a known hop
 * is replaced where it is (or dropped when it leaves the filter), a new one goes on top unless
 * it is older than everything loaded while more pages wait.
 */
export function applyHopUpdate(pages: HopsPage[], hop: Hop, filters: HopFilters): HopsPage[] {
  const matches = matchesHopFilters(hop, filters);
  const pageIndex = pages.findIndex((page) => page.hops.some((h) => h.hopId === hop.hopId));
  if (pageIndex < 0) {
    const [first, ...rest] = pages;
    if (!matches || !first || belongsBelowLoaded(pages, hop)) return pages;
    return [{ ...first, hops: [hop, ...first.hops] }, ...rest];
  }
  return pages.map((page, i) => {
    if (i !== pageIndex) return page;
    const hops = matches
      ? page.hops.map((h) => (h.hopId === hop.hopId ? hop : h))
      : page.hops.filter((h) => h.hopId !== hop.hopId);
    return { ...page, hops };
  });
}

/** The pages as one list; a hop that moved between pages while loading shows once. */
export function flattenHops(pages: readonly HopsPage[]): Hop[] {
  const seen = new Set<string>();
  return pages.flatMap((page) =>
    page.hops.filter((hop) => {
      if (seen.has(hop.hopId)) return false;
      seen.add(hop.hopId);
      return true;
    }),
  );
}

/** A raised alert replaces the one with its id (the server raises a loop again as it turns), newest first. */
export function upsertAlert(alerts: readonly Alert[], alert: Alert): Alert[] {
  const rest = alerts.filter((a) => a.alertId !== alert.alertId);
  return [alert, ...rest].sort((a, b) => b.at - a.at);
}

function belongsBelowLoaded(pages: readonly HopsPage[], hop: Hop): boolean {
  const last = pages.at(-1);
  const oldest = last?.hops.at(-1);
  return Boolean(last?.nextCursor && oldest && hop.timestamps.sentAt < oldest.timestamps.sentAt);
}
