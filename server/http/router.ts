import type { IncomingMessage, ServerResponse } from "node:http";
import type { AuditAction, AuditOutcome } from "@/lib/audit";
import type { Role } from "@/lib/auth";
import { errorMessage } from "@/lib/errors";
import { ActionError } from "../actions/action-error";
import type { AuditLog } from "../auth/audit-log";
import type { Gate, RateBucket } from "../auth/gate";
import { AccessRefusal, type Principal } from "../auth/principal";
import { sendError } from "./respond";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  query: URLSearchParams;
  params: Record<string, string>;
  /** Who asks; null only on a `public` route. */
  principal: Principal | null;
  /** What the audit entry says, for routes that are audited; a handler may fill in more. */
  audit: { actor?: string; target?: string; detail?: string };
}

/**
 * Who may call a route. `role`: the least role it needs (`public`: anyone, e.g. health and
 * sign-in). `audit`: the action it is recorded as. `rate`: the allowance each call spends.
 */
export interface RouteAccess {
  role: Role | "public";
  audit?: AuditAction;
  rate?: RateBucket;
}

export interface Route extends RouteAccess {
  method: "GET" | "POST";
  pattern: RegExp;
  handle(ctx: RouteContext): Promise<void>;
}

/** A route that does not say who may call it is for admins only: safe until someone decides. */
const UNDECLARED: RouteAccess = { role: "admin" };

export const get = (pattern: RegExp, handle: Route["handle"], access: RouteAccess = UNDECLARED): Route => ({
  method: "GET",
  pattern,
  handle,
  ...access,
});
export const post = (pattern: RegExp, handle: Route["handle"], access: RouteAccess = UNDECLARED): Route => ({
  method: "POST",
  pattern,
  handle,
  ...access,
});

/**
 * Dispatches /api requests through the gate: host and URL, then the route (404, or 405 with
 * Allow), then identity, cross-site and body checks, role and rate, then the handler; audited
 * routes are recorded with their outcome, refusals included (with why). An ActionError becomes its API
 * error; anything else INTERNAL.
 */
export function createRouter(routes: Route[], deps: { gate: Gate; audit: AuditLog }) {
  const { gate } = deps;
  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const early = gate.checkRequest(req);
    if (early) return refuse(res, early);
    const url = new URL(req.url ?? "/", "http://switchboard.local");
    const matching = routes.map((r) => ({ r, match: r.pattern.exec(url.pathname) })).filter((m) => m.match);
    if (matching.length === 0) return sendError(res, "NOT_FOUND", `No API route ${url.pathname}`);
    const hit = matching.find((m) => m.r.method === req.method);
    if (!hit) {
      const allow = [...new Set(matching.map((m) => m.r.method))].join(", ");
      res.setHeader("allow", allow);
      return sendError(
        res,
        "METHOD_NOT_ALLOWED",
        `${req.method} is not supported on ${url.pathname}; use ${allow}`,
      );
    }
    const params = decodeParams(hit.match!.groups ?? {});
    if (!params) return sendError(res, "INVALID_REQUEST", "the path has a malformed escape sequence");
    const ctx: RouteContext = { req, res, query: url.searchParams, params, principal: null, audit: {} };
    // Read now: once the response is sent, the request may have no socket any more.
    const address = gate.address(req);
    const record = (outcome: AuditOutcome) => {
      if (!hit.r.audit) return;
      deps.audit.record({
        action: hit.r.audit,
        actor: ctx.audit.actor ?? ctx.principal?.name ?? "anonymous",
        address,
        outcome,
        status: res.statusCode,
        target: ctx.audit.target ?? Object.values(params)[0] ?? null,
        detail: ctx.audit.detail ?? null,
      });
    };
    try {
      ctx.principal = await gate.identify(req);
      const refusal = gate.checkSameOrigin(req) ?? gate.checkBody(req) ?? (await admit(hit.r, ctx));
      if (refusal) {
        refuse(res, refusal);
        ctx.audit.detail ??= refusal.message;
        return record("denied");
      }
      await hit.r.handle(ctx);
      record(
        res.statusCode < 400 ? "ok" : res.statusCode === 401 || res.statusCode === 403 ? "denied" : "failed",
      );
    } catch (error) {
      if (res.headersSent) {
        res.end();
      } else if (error instanceof AccessRefusal) {
        refuse(res, error);
        ctx.audit.detail ??= error.message;
      } else if (error instanceof ActionError) {
        sendError(res, error.code, error.message);
      } else {
        sendError(res, "INTERNAL", errorMessage(error));
      }
      record(error instanceof AccessRefusal ? "denied" : "failed");
    }
  };

  async function admit(route: Route, ctx: RouteContext): Promise<AccessRefusal | null> {
    if (route.role === "public") return null;
    const refusal = gate.authorize(ctx.principal, route.role);
    if (refusal || !route.rate) return refusal;
    return gate.spend(route.rate, ctx.principal!.name);
  }
}

function refuse(res: ServerResponse, refusal: AccessRefusal): void {
  for (const [name, value] of Object.entries(refusal.headers)) res.setHeader(name, value);
  if (refusal.code === "UNAUTHENTICATED") res.setHeader("www-authenticate", 'Bearer realm="switchboard"');
  sendError(res, refusal.code, refusal.message);
}

function decodeParams(groups: Record<string, string | undefined>): Record<string, string> | null {
  try {
    return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, decodeURIComponent(v ?? "")]));
  } catch {
    return null;
  }
}
