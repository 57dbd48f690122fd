import { SINCE_CHOICES } from "./hop-filters";
import type { RunFilters } from "./live-cache";
import { RunStatus } from "./runs";

/** The runs list's filters as they live in its URL: `?session=&agent=&status=&tool=&since=1h&handoffs=yes`. Pure. */
export interface RunSearch {
  session?: string;
  agent?: string;
  status?: RunStatus;
  tool?: string;
  since?: keyof typeof SINCE_CHOICES;
  handoffs?: "yes" | "no";
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The valid filters in a page's search params; anything else is ignored. */
export function parseRunSearch(params: SearchParams): RunSearch {
  const one = (key: string) => {
    const value = params[key];
    return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
  };
  const since = one("since");
  const handoffs = one("handoffs");
  return {
    session: one("session"),
    agent: one("agent"),
    status: RunStatus.safeParse(one("status")).data,
    tool: one("tool"),
    since: since && since in SINCE_CHOICES ? (since as RunSearch["since"]) : undefined,
    handoffs: handoffs === "yes" || handoffs === "no" ? handoffs : undefined,
  };
}

/** The API's filters: `since` becomes an epoch time relative to `now`. */
export function runFiltersOf(search: RunSearch, now: number): RunFilters {
  const { since, ...rest } = search;
  return { ...rest, since: since ? now - SINCE_CHOICES[since] : undefined };
}
