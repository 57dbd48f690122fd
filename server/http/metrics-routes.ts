import type { Metrics } from "../metrics";
import { get, type Route } from "./router";

/**
 * Prometheus' conventional path, outside /api but behind the same door: a scraper signs in
 * with an API token (`Authorization: Bearer sbt_…`, role viewer), like any script.
 */
export function metricsRoutes(deps: { metrics: Pick<Metrics, "contentType" | "render"> }): Route[] {
  return [
    get(
      /^\/metrics$/,
      async ({ res }) => {
        const body = await deps.metrics.render();
        res.writeHead(200, { "content-type": deps.metrics.contentType, "cache-control": "no-store" });
        res.end(body);
      },
      { role: "viewer" },
    ),
  ];
}
