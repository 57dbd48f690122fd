import { HopsQuery } from "@/lib/hops";
import type { PoliciesResponse } from "@/lib/policies";
import type { LoadedPolicies } from "../policies/load-policies";
import type { PolicyPreviewer } from "../policies/preview";
import { policyScopeWarning } from "../policies/scope-warning";
import type { Store } from "../store/store";
import type { Handoffs } from "../timeline/handoffs";
import { hopsToCsv } from "../timeline/hops-csv";
import { chainToOtlp, hopsToOtlp } from "../timeline/otlp";
import { describeZodError, sendDownload, sendError, sendJson, sendTextDownload } from "./respond";
import { get, type Route } from "./router";

const ExportFormat = ["json", "otlp"] as const;
const HopExportFormat = ["json", "csv", "otlp"] as const;

/** /api routes for hops, chains, their exports, and alerts. */
export function handoffRoutes(deps: {
  store: Store;
  handoffs: Pick<Handoffs, "chain">;
  policies: LoadedPolicies;
  previewPolicies: PolicyPreviewer;
  grantedScopes: () => string[] | null;
}): Route[] {
  return [
    get(
      /^\/api\/policies$/,
      async ({ res }) => {
        const body: PoliciesResponse = {
          source: deps.policies.source,
          policies: deps.policies.policies,
          warning: policyScopeWarning(deps.policies.policies, deps.grantedScopes()),
          preview: await deps.previewPolicies(),
        };
        sendJson(res, 200, body);
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/runs\/(?<runId>[^/]+)\/chain$/,
      async ({ params, res }) => {
        const chain = await deps.handoffs.chain(params.runId!);
        if (!chain) return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
        sendJson(res, 200, chain);
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/runs\/(?<runId>[^/]+)\/chain\/export$/,
      async ({ params, query, res }) => {
        const format = query.get("format") ?? "json";
        if (!ExportFormat.includes(format as (typeof ExportFormat)[number])) {
          return sendError(res, "INVALID_REQUEST", "format: expected json or otlp");
        }
        const chain = await deps.handoffs.chain(params.runId!);
        if (!chain) return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
        const body = format === "otlp" ? chainToOtlp(chain, Date.now()) : chain;
        sendDownload(res, `chain-${chain.rootRunId}${format === "otlp" ? ".otlp" : ""}.json`, body);
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/hops$/,
      async ({ query, res }) => {
        const parsed = HopsQuery.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        sendJson(res, 200, await deps.store.listHops(parsed.data));
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/hops\/export$/,
      async ({ query, res }) => {
        const { format = "json", ...filters } = Object.fromEntries(query);
        if (!HopExportFormat.includes(format as (typeof HopExportFormat)[number])) {
          return sendError(res, "INVALID_REQUEST", "format: expected json, csv or otlp");
        }
        const parsed = HopsQuery.safeParse({ ...filters, limit: 500 });
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        const page = await deps.store.listHops(parsed.data);
        if (format === "csv") return sendTextDownload(res, "handoffs.csv", "text/csv", hopsToCsv(page.hops));
        if (format === "otlp")
          return sendDownload(res, "handoffs.otlp.json", hopsToOtlp(page.hops, Date.now()));
        sendDownload(res, "handoffs.json", page);
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/alerts$/,
      async ({ res }) => {
        sendJson(res, 200, { alerts: await deps.store.listAlerts(200) });
      },
      { role: "viewer" },
    ),
  ];
}
