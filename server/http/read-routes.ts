import type { GapsResponse } from "@/lib/gaps";
import type { GatewayStatus, Health, InstanceInfo } from "@/lib/health";

/** The newest gaps the API lists: enough for every banner a page can show. */
const GAPS_SHOWN = 200;
import { RunsQuery, type RunSummary } from "@/lib/runs";
import { TimelineQuery } from "@/lib/timeline";
import { MAX_MATCHES, TimelineFind, TimelineWindowQuery } from "@/lib/timeline-window";
import { windowReader } from "../store/read-window";
import type { Store } from "../store/store";
import { describeZodError, sendError, sendJson } from "./respond";
import { get, type Route } from "./router";

/** Health, runs, a run's events, sessions: each parses its input with a lib/ schema and asks the store. */
export function readRoutes(deps: {
  store: Store;
  /** A run as the API shows it (a send id run under another id shows that run). */
  runView: (runId: string) => Promise<RunSummary | null>;
  gatewayStatus: () => GatewayStatus;
  instance: () => InstanceInfo;
}): Route[] {
  const { store } = deps;
  const readWindow = windowReader(store);
  return [
    // Public for load balancers; only a signed-in caller learns more than `ok`.
    get(
      /^\/api\/health$/,
      async ({ res, principal }) => {
        const gateway = deps.gatewayStatus();
        const ok = gateway.state === "connected" && gateway.storeError === null;
        if (!principal) return sendJson(res, 200, { ok });
        const body: Health = {
          ok,
          instance: deps.instance(),
          gateway,
          store: {
            kind: store.kind,
            events: await store.countEvents(),
            state: gateway.storeError === null ? "ok" : "error",
            error: gateway.storeError,
          },
        };
        sendJson(res, 200, body);
      },
      { role: "public" },
    ),
    get(
      /^\/api\/gaps$/,
      async ({ res }) =>
        sendJson(res, 200, { gaps: await store.listGaps(GAPS_SHOWN) } satisfies GapsResponse),
      {
        role: "viewer",
      },
    ),
    get(
      /^\/api\/runs$/,
      async ({ query, res }) => {
        const parsed = RunsQuery.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        if (parsed.data.before !== undefined && !/^\d+$/.test(parsed.data.before)) {
          return sendError(
            res,
            "INVALID_REQUEST",
            "before: expected a cursor from a previous page's nextCursor",
          );
        }
        sendJson(res, 200, await store.listRuns(parsed.data));
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/runs\/(?<runId>[^/]+)$/,
      async ({ params, res }) => {
        const run = await deps.runView(params.runId!);
        if (!run) return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
        sendJson(res, 200, { run });
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/runs\/(?<runId>[^/]+)\/events$/,
      async ({ params, query, res }) => {
        const parsed = TimelineQuery.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        if (!(await deps.runView(params.runId!)))
          return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
        sendJson(res, 200, await store.listEvents(params.runId!, parsed.data.after, parsed.data.limit));
      },
      { role: "viewer" },
    ),
    // A window of a run's events by position: what a timeline shows without reading the rest.
    get(
      /^\/api\/runs\/(?<runId>[^/]+)\/window$/,
      async ({ params, query, res }) => {
        const parsed = TimelineWindowQuery.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
        if (!(await deps.runView(params.runId!)))
          return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
        sendJson(res, 200, await readWindow(params.runId!, parsed.data.offset, parsed.data.limit));
      },
      { role: "viewer" },
    ),
    // Where an event (by seq or tool call) or a piece of text sits in a run.
    get(
      /^\/api\/runs\/(?<runId>[^/]+)\/find$/,
      async ({ params, query, res }) => {
        const parsed = TimelineFind.safeParse(Object.fromEntries(query));
        if (!parsed.success) return sendError(res, "INVALID_REQUEST", "expected one of seq, toolCallId or q");
        if (!(await deps.runView(params.runId!)))
          return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
        const found = await store.findRunEvents(params.runId!, parsed.data, MAX_MATCHES + 1);
        sendJson(res, 200, { matches: found.slice(0, MAX_MATCHES), truncated: found.length > MAX_MATCHES });
      },
      { role: "viewer" },
    ),
    get(
      /^\/api\/sessions$/,
      async ({ res }) => {
        sendJson(res, 200, { sessions: await store.listSessions() });
      },
      { role: "viewer" },
    ),
  ];
}
