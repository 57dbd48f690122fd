import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { ApiError } from "@/lib/api-error";
import { ROLES_BELOW, type Actor } from "../support/api-client";
import { startTestSwitchboard } from "../support/switchboard-harness";

/**
 * Every API route with a path to call it by and the least role it needs. A route added
 * without an entry here fails the first test: decide who may call it, then add it.
 */
const ROUTES: Record<
  string,
  { path: string; role: "public" | "viewer" | "operator" | "admin"; body?: unknown }
> = {
  "POST /api/auth/login": { path: "/api/auth/login", role: "public", body: { token: "wrong-token" } },
  "POST /api/auth/logout": { path: "/api/auth/logout", role: "viewer", body: {} },
  "GET /api/auth/me": { path: "/api/auth/me", role: "viewer" },
  "GET /api/health": { path: "/api/health", role: "public" },
  "GET /api/runs": { path: "/api/runs", role: "viewer" },
  "GET /api/gaps": { path: "/api/gaps", role: "viewer" },
  "GET /api/overview": { path: "/api/overview", role: "viewer" },
  "GET /api/search": { path: "/api/search?q=x", role: "viewer" },
  "GET /api/runs/:runId": { path: "/api/runs/r1", role: "viewer" },
  "GET /api/runs/:runId/events": { path: "/api/runs/r1/events", role: "viewer" },
  "GET /api/runs/:runId/window": { path: "/api/runs/r1/window", role: "viewer" },
  "GET /api/runs/:runId/find": { path: "/api/runs/r1/find?q=x", role: "viewer" },
  "GET /api/sessions": { path: "/api/sessions", role: "viewer" },
  "GET /api/policies": { path: "/api/policies", role: "viewer" },
  "GET /api/runs/:runId/chain": { path: "/api/runs/r1/chain", role: "viewer" },
  "GET /api/runs/:runId/chain/export": { path: "/api/runs/r1/chain/export", role: "viewer" },
  "GET /api/hops": { path: "/api/hops", role: "viewer" },
  "GET /api/hops/export": { path: "/api/hops/export", role: "viewer" },
  "GET /api/alerts": { path: "/api/alerts", role: "viewer" },
  "POST /api/sessions": { path: "/api/sessions", role: "operator", body: { agentId: "main" } },
  "POST /api/sessions/:sessionKey/messages": {
    path: "/api/sessions/agent%3Amain%3Ax/messages",
    role: "operator",
    body: { message: "hi" },
  },
  "POST /api/runs/:runId/abort": { path: "/api/runs/r1/abort", role: "operator", body: {} },
  "POST /api/deadlocks/:deadlockId/break": { path: "/api/deadlocks/d1/break", role: "operator", body: {} },
  "GET /api/runs/:runId/stream": { path: "/api/runs/r1/stream", role: "viewer" },
  "GET /api/sessions/:sessionKey/stream": {
    path: "/api/sessions/agent%3Amain%3Ax/stream?timeout=1",
    role: "viewer",
  },
  "GET /api/tokens": { path: "/api/tokens", role: "admin" },
  "POST /api/tokens": { path: "/api/tokens", role: "admin", body: { name: "probe", role: "viewer" } },
  "POST /api/tokens/:tokenId/revoke": { path: "/api/tokens/nope/revoke", role: "admin", body: {} },
  "GET /api/audit": { path: "/api/audit", role: "admin" },
  "GET /api/audit/export": { path: "/api/audit/export", role: "admin" },
  "GET /metrics": { path: "/metrics", role: "viewer" },
};

/** `/^\/api\/runs\/(?<runId>[^/]+)\/events$/` → `/api/runs/:runId/events` */
const readable = (pattern: RegExp) =>
  pattern.source
    .replace(/^\^|\$$/g, "")
    .replace(/\(\?<(\w+)>\[\^\/\]\+\)/g, ":$1")
    .replace(/\\\//g, "/");

describe("who may call each API route", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => (sb = await startTestSwitchboard()));
  after(async () => sb.stop());

  const call = async (as: Actor, name: string) => {
    const route = ROUTES[name]!;
    const [method] = name.split(" ");
    const api = sb.api(as);
    const res = method === "POST" ? await api.post(route.path, route.body) : await api.get(route.path);
    const body = res.headers.get("content-type")?.includes("json") ? await res.json() : await res.text();
    void res.body?.cancel().catch(() => {});
    return { status: res.status, body };
  };

  it("has a role test for every route the API serves", () => {
    const served = sb.app.routes.map((r) => `${r.method} ${readable(r.pattern)}`);
    const untested = served.filter((name) => !(name in ROUTES));
    assert.deepEqual(untested, [], "routes without a role test: add them to ROUTES with the role they need");
    for (const route of sb.app.routes)
      assert.equal(
        route.role,
        ROUTES[`${route.method} ${readable(route.pattern)}`]!.role,
        readable(route.pattern),
      );
  });

  for (const [name, route] of Object.entries(ROUTES)) {
    if (route.role === "public") continue;
    const role = route.role;
    it(`${name}: refused to anyone below ${role}, served to ${role}`, async () => {
      const anonymous = await call("anonymous", name);
      assert.equal(anonymous.status, 401, `anonymous ${name}`);
      assert.equal(ApiError.parse(anonymous.body).error.code, "UNAUTHENTICATED");
      for (const below of ROLES_BELOW[role]) {
        const refused = await call(below, name);
        assert.equal(refused.status, 403, `${below} ${name}`);
        assert.equal(ApiError.parse(refused.body).error.code, "NOT_PERMITTED");
      }
      const allowed = await call(role, name);
      assert.ok(
        ![401, 403].includes(allowed.status),
        `${route.role} ${name}: ${JSON.stringify(allowed.body)}`,
      );
    });
  }
});
