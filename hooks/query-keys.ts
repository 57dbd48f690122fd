import type { HopFilters } from "@/lib/hop-cache";
import type { RunFilters } from "@/lib/live-cache";

/** Every TanStack Query key in the app, so socket handlers and hooks agree on them. */
export const queryKeys = {
  health: ["health"] as const,
  overview: ["overview"] as const,
  search: (q: string) => ["search", q] as const,
  gaps: ["gaps"] as const,
  sessions: ["sessions"] as const,
  runLists: ["runs", "list"] as const,
  runList: (f: RunFilters) =>
    [
      "runs",
      "list",
      {
        session: f.session,
        status: f.status,
        agent: f.agent,
        tool: f.tool,
        since: f.since,
        handoffs: f.handoffs,
      },
    ] as const,
  runDetails: ["runs", "detail"] as const,
  run: (runId: string) => ["runs", "detail", runId] as const,
  timeline: (runId: string) => ["runs", "timeline", runId] as const,
  chains: ["chains"] as const,
  chain: (runId: string) => ["chains", runId] as const,
  hopLists: ["hops", "list"] as const,
  hopList: (filters: HopFilters) =>
    ["hops", "list", { session: filters.session, state: filters.state, since: filters.since }] as const,
  alerts: ["alerts"] as const,
  policies: ["policies"] as const,
  me: ["me"] as const,
  tokens: ["tokens"] as const,
  audit: (action: string | undefined) => ["audit", { action }] as const,
};

/** The filters inside a `runList` key, for socket handlers that update every cached list. */
export function filtersOfRunListKey(key: readonly unknown[]): RunFilters {
  return (key[2] ?? {}) as RunFilters;
}

/** The filters inside a `hopList` key. */
export function filtersOfHopListKey(key: readonly unknown[]): HopFilters {
  return (key[2] ?? {}) as HopFilters;
}
