import { buildOverview, OVERVIEW_WINDOW_MS } from "@/lib/overview";
import { SearchQuery, type SearchResponse } from "@/lib/search";
import type { Store } from "../store/store";
import type { ActivityMeter } from "../timeline/activity-meter";
import { describeZodError, sendError, sendJson } from "./respond";
import { get, type Route } from "./router";

/** What the overview reads at most of each kind: enough for a screen, bounded for the store. */
const SHOWN = 100;

/** The home page's overview and the search behind the command palette. */
export function overviewRoutes(deps: { store: Store; activity: Pick<ActivityMeter, "snapshot"> }): Route[] {
  const { store } = deps;
  return [
    get(
      /^\/api\/overview$/,
      async ({ res }) => {
        const now = Date.now();
        const [openRuns, failed, hops, alerts] = await Promise.all([
          store.listOpenRuns(SHOWN),
          store.listRuns({ status: "failed", limit: 20 }),
          store.listHops({ since: now - OVERVIEW_WINDOW_MS, limit: SHOWN * 2 }),
          store.listAlerts(SHOWN),
        ]);
        const overview = buildOverview({
          now,
          openRuns,
          failedRuns: failed.runs,
          hops: hops.hops,
          alerts,
          activity: deps.activity.snapshot(),
        });
        sendJson(res, 200, overview);
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/search$/,
      async ({ query, res }) => {
        const parsed = SearchQuery.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        const body: SearchResponse = { hits: await store.search(parsed.data.q, parsed.data.limit) };
        sendJson(res, 200, body);
      },
      { role: "viewer" },
    ),
  ];
}
