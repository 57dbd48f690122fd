import type { IncomingMessage, ServerResponse } from "node:http";
import { errorMessage } from "@/lib/errors";
import { ActionError } from "../actions/action-error";
import { sendError } from "./respond";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  params: Record<string, string>;
}

export interface Route {
  method: "GET" | "POST";
  pattern: RegExp;
  handle(ctx: RouteContext): Promise<void>;
}

export const get = (pattern: RegExp, handle: Route["handle"]): Route => ({ method: "GET", pattern, handle });
export const post = (pattern: RegExp, handle: Route["handle"]): Route => ({
  method: "POST",
  pattern,
  handle,
});

/**
 * Dispatches /api requests to the first route whose path matches; a path that matches with
 * another method is `INVALID_REQUEST`. An ActionError becomes its API error; anything else INTERNAL.
 */
export function createRouter(routes: Route[]) {
  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://switchboard.local");
    const matching = routes.map((r) => ({ r, match: r.pattern.exec(url.pathname) })).filter((m) => m.match);
    if (matching.length === 0) return sendError(res, "NOT_FOUND", `No API route ${url.pathname}`);
    const hit = matching.find((m) => m.r.method === req.method);
    if (!hit) return sendError(res, "INVALID_REQUEST", `${req.method} is not supported on ${url.pathname}`);
    const params = decodeParams(hit.match!.groups ?? {});
    if (!params) return sendError(res, "INVALID_REQUEST", "the path has a malformed escape sequence");
    try {
      await hit.r.handle({ req, res, query: url.searchParams, params });
    } catch (error) {
      if (res.headersSent) return void res.end();
      if (error instanceof ActionError) return sendError(res, error.code, error.message);
      sendError(res, "INTERNAL", errorMessage(error));
    }
  };
}

function decodeParams(groups: Record<string, string | undefined>): Record<string, string> | null {
  try {
    return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v ?? "")]));
  } catch {
    return null;
  }
}
