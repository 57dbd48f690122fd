import type { IncomingMessage, ServerResponse } from "node:http";
import type { GatewayStatus, Health } from "@/lib/health";
import { RunsQuery } from "@/lib/runs";
import { TimelineQuery } from "@/lib/timeline";
import type { Store } from "../store/store";
import type { Handoffs } from "../timeline/handoffs";
import { handoffRoutes } from "./handoff-routes";
import { describeZodError, sendError, sendJson } from "./respond";

type Params = Record<string, string>;
type Handler = (ctx: { query: URLSearchParams; params: Params; res: ServerResponse }) => Promise<void>;
export type Route = [RegExp, Handler];

/**
 * The read side of /api. Each route parses its input with a lib/ schema, asks the store,
 * and answers JSON; errors are `{ error: { code, message } }` with stable codes.
 */
export function createApi(deps: { store: Store; handoffs: Pick<Handoffs, "chain">; gatewayStatus: () => GatewayStatus }) {
  const { store } = deps;

  const routes: Route[] = [
    ...handoffRoutes(deps),
    [/^\/api\/health$/, async ({ res }) => {
      const gateway = deps.gatewayStatus();
      const body: Health = {
        ok: gateway.state === "connected",
        gateway,
        store: { kind: store.kind, events: await store.countEvents() },
      };
      sendJson(res, 200, body);
    }],
    [/^\/api\/runs$/, async ({ query, res }) => {
      const parsed = RunsQuery.safeParse(Object.fromEntries(query));
      if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
      if (parsed.data.before !== undefined && !/^\d+$/.test(parsed.data.before)) {
        return sendError(res, "INVALID_REQUEST", "before: expected a cursor from a previous page's nextCursor");
      }
      sendJson(res, 200, await store.listRuns(parsed.data));
    }],
    [/^\/api\/runs\/(?<runId>[^/]+)$/, async ({ params, res }) => {
      const run = await store.getRun(params.runId!);
      if (!run) return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
      sendJson(res, 200, { run });
    }],
    [/^\/api\/runs\/(?<runId>[^/]+)\/events$/, async ({ params, query, res }) => {
      const parsed = TimelineQuery.safeParse(Object.fromEntries(query));
      if (!parsed.success) return sendError(res, "INVALID_REQUEST", describeZodError(parsed.error));
      if (!(await store.getRun(params.runId!))) return sendError(res, "NOT_FOUND", `No run with id ${params.runId}`);
      sendJson(res, 200, await store.listEvents(params.runId!, parsed.data.after, parsed.data.limit));
    }],
    [/^\/api\/sessions$/, async ({ res }) => {
      sendJson(res, 200, { sessions: await store.listSessions() });
    }],
  ];

  /** Answers an /api request; the caller routes everything else to Next. */
  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://switchboard.local");
    for (const [pattern, handler] of routes) {
      const match = pattern.exec(url.pathname);
      if (!match) continue;
      if (req.method !== "GET") return sendError(res, "INVALID_REQUEST", `${req.method} is not supported on ${url.pathname}`);
      const params = decodeParams(match.groups ?? {});
      if (!params) return sendError(res, "INVALID_REQUEST", "the path has a malformed escape sequence");
      try {
        return await handler({ query: url.searchParams, params, res });
      } catch (error) {
        return sendError(res, "INTERNAL", error instanceof Error ? error.message : String(error));
      }
    }
    sendError(res, "NOT_FOUND", `No API route ${url.pathname}`);
  };
}

function decodeParams(groups: Record<string, string | undefined>): Params | null {
  try {
    return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v ?? "")]));
  } catch {
    return null;
  }
}
