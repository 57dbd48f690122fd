import type { HopFilters } from "./hop-cache";
import { HopState } from "./hops";

/** The Handoffs page's filters as they live in its URL: `?session=&state=&since=1h`. Pure. */

const MINUTE = 60_000;

export const SINCE_CHOICES = {
  "15m": 15 * MINUTE,
  "1h": 60 * MINUTE,
  "24h": 24 * 60 * MINUTE,
  "7d": 7 * 24 * 60 * MINUTE,
};
type SinceChoice = keyof typeof SINCE_CHOICES;

export interface HopSearch {
  session?: string;
  state?: HopState;
  since?: SinceChoice;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The valid filters in a page's search params; anything else is ignored. */
export function parseHopSearch(params: SearchParams): HopSearch {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value !== "" ? value : undefined;
  };
  const since = one("since");
  return {
    session: one("session"),
    state: HopState.safeParse(one("state")).data,
    since: since && since in SINCE_CHOICES ? (since as SinceChoice) : undefined,
  };
}

/** The API's filters: `since` becomes an epoch time relative to `now`. */
export function hopFiltersOf(search: HopSearch, now: number): HopFilters {
  return {
    session: search.session,
    state: search.state,
    since: search.since ? now - SINCE_CHOICES[search.since] : undefined,
  };
}
