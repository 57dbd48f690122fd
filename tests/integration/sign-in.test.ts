import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { io } from "socket.io-client";
import { ApiError } from "@/lib/api-error";
import { AuditPage } from "@/lib/audit";
import { Me } from "@/lib/auth";
import { CreateTokenResponse, TokensResponse } from "@/lib/api-tokens";
import { hashPassword } from "@/server/auth/passwords";
import { rawRequest } from "../support/api-client";
import { startTestSwitchboard } from "../support/switchboard-harness";
import { until } from "../support/until";

/** A data dir whose switchboard.config.json has a user with a password. */
async function dirWithUser(name: string, role: string, password: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), "switchboard-users-"));
  const users = [{ name, role, password: await hashPassword(password) }];
  writeFileSync(join(dir, "switchboard.config.json"), JSON.stringify({ users }));
  return dir;
}

describe("signing in and out", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => {
    sb = await startTestSwitchboard(await dirWithUser("ana", "operator", "correct horse"), {
      SWITCHBOARD_TRUSTED_PROXIES: "127.0.0.1/32",
      SWITCHBOARD_TRUSTED_USER_HEADER: "X-Forwarded-User",
    });
  });
  after(async () => sb.stop());

  const login = (body: unknown) => sb.api("anonymous").post("/api/auth/login", body);
  const cookieOf = (res: Response) => res.headers.get("set-cookie")?.split(";")[0] ?? "";
  const asCookie = (cookie: string) => ({ headers: { cookie } });

  it("turns the one-time link's code into an httpOnly, SameSite=Strict session cookie, once", async () => {
    const code = new URL(sb.app.loginLink).hash.replace("#token=", "");
    const res = await login({ token: code });
    assert.equal(res.status, 200);
    assert.equal(Me.parse(await res.json()).role, "admin");
    const setCookie = res.headers.get("set-cookie") ?? "";
    assert.match(setCookie, /HttpOnly/i);
    assert.match(setCookie, /SameSite=Strict/i);
    assert.match(setCookie, /Max-Age=\d+/i);
    const me = await sb.api("anonymous").get("/api/auth/me", asCookie(cookieOf(res)));
    assert.equal(me.status, 200);
    // A browser's socket carries the cookie in its handshake.
    const socket = io(sb.url, {
      transports: ["websocket"],
      forceNew: true,
      reconnection: false,
      extraHeaders: { cookie: cookieOf(res) },
    });
    await new Promise((resolve, reject) => {
      socket.once("connect", () => resolve(null));
      socket.once("connect_error", reject);
    });
    socket.disconnect();
    assert.equal((await login({ token: code })).status, 401, "the link works once");
  });

  it("signs a user in with name and password, and out again for good", async () => {
    assert.equal((await login({ name: "ana", password: "wrong" })).status, 401);
    assert.equal((await login({ name: "nobody", password: "correct horse" })).status, 401);
    const res = await login({ name: "ana", password: "correct horse" });
    assert.deepEqual(await res.json(), { name: "ana", role: "operator", via: "session" });
    const cookie = asCookie(cookieOf(res));
    assert.equal((await sb.api("anonymous").get("/api/runs", cookie)).status, 200);
    assert.equal(
      (await sb.api("anonymous").get("/api/tokens", cookie)).status,
      403,
      "an operator is no admin",
    );
    const out = await sb.api("anonymous").post("/api/auth/logout", {}, cookie);
    assert.equal(out.status, 200);
    assert.match(out.headers.get("set-cookie") ?? "", /Max-Age=0/);
    assert.equal((await sb.api("anonymous").get("/api/runs", cookie)).status, 401, "the old cookie is dead");
  });

  it("makes, uses and revokes a named API token, closing its sockets", async () => {
    const created = CreateTokenResponse.parse(
      await (await sb.api().post("/api/tokens", { name: "ci-bot", role: "viewer" })).json(),
    );
    const bot = sb.api({ token: created.secret });
    assert.equal((await bot.get("/api/runs")).status, 200);
    const socket = sb.connect({ token: created.secret });
    await new Promise((resolve) => socket.once("connect", () => resolve(null)));
    const listed = TokensResponse.parse(await (await sb.api().get("/api/tokens")).json());
    assert.ok(!JSON.stringify(listed).includes(created.secret), "the secret is shown once, never listed");
    assert.equal((await sb.api().post(`/api/tokens/${created.token.id}/revoke`, {})).status, 200);
    assert.equal((await bot.get("/api/runs")).status, 401);
    await until(
      () => socket.connected,
      (c) => !c,
      "the revoked token's socket to close",
    );
  });

  it("believes the proxy's user header from a trusted proxy only", async () => {
    const proxied = await sb.api("anonymous").get("/api/auth/me", { headers: { "x-forwarded-user": "ana" } });
    assert.deepEqual(await proxied.json(), { name: "ana", role: "operator", via: "proxy" });
    const stranger = await startTestSwitchboard(undefined, {
      SWITCHBOARD_TRUSTED_PROXIES: "10.9.9.9",
      SWITCHBOARD_TRUSTED_USER_HEADER: "X-Forwarded-User",
    });
    try {
      const forged = await stranger
        .api("anonymous")
        .get("/api/runs", { headers: { "x-forwarded-user": "admin" } });
      assert.equal(forged.status, 403);
      assert.match(ApiError.parse(await forged.json()).error.message, /only accepted from a trusted proxy/);
    } finally {
      await stranger.stop();
    }
  });

  it("records sign-ins, failed ones and sign-outs in the audit log with who and from where", async () => {
    const page = await until(
      async () => AuditPage.parse(await (await sb.api().get("/api/audit?action=login")).json()),
      (p) => p.entries.some((e) => e.outcome === "denied") && p.entries.some((e) => e.outcome === "ok"),
      "login entries",
    );
    const failed = page.entries.find((e) => e.outcome === "denied" && e.actor === "ana")!;
    assert.equal(failed.address, "127.0.0.1");
    assert.equal(failed.status, 401);
    const logout = AuditPage.parse(await (await sb.api().get("/api/audit?action=logout")).json());
    assert.equal(logout.entries[0]?.actor, "ana");
    const tokens = AuditPage.parse(await (await sb.api().get("/api/audit?action=token_revoked")).json());
    assert.equal(tokens.entries[0]?.target, "ci-bot (viewer)");
  });
});

describe("limits and strictness", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => (sb = await startTestSwitchboard(undefined, { SWITCHBOARD_DISPATCH_LIMIT: "3" })));
  after(async () => sb.stop());

  it("rate-limits sends, creates and aborts per user with 429 and Retry-After", async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 4; i++) {
      const res = await sb.api("operator").post("/api/runs/r1/abort", {});
      statuses.push(res.status);
      retryAfter ??= res.headers.get("retry-after");
    }
    assert.deepEqual(statuses, [404, 404, 404, 429]);
    assert.ok(Number(retryAfter) >= 1);
    assert.equal(
      (await sb.api("admin").post("/api/runs/r1/abort", {})).status,
      404,
      "another user has their own",
    );
  });

  it("stops guessing: failed sign-ins from one address are limited", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await sb.api("anonymous").post("/api/auth/login", { token: `guess-${i}` })).status);
    assert.deepEqual(statuses.slice(0, 9), Array(9).fill(401));
    assert.equal(statuses.at(-1), 429);
  });

  it("names an unknown body field in a 400", async () => {
    const res = await sb.api().post("/api/sessions", { agentId: "main", runAs: "root" });
    assert.equal(res.status, 400);
    assert.match(ApiError.parse(await res.json()).error.message, /Unrecognized key: "runAs"/);
  });

  it("answers oversized URLs, headers and bodies with JSON errors", async () => {
    const url = await rawRequest(sb.url, `/api/runs?session=${"x".repeat(5000)}`);
    assert.equal(url.status, 414);
    assert.equal(ApiError.parse(JSON.parse(url.body)).error.code, "URI_TOO_LONG");
    const headers = await rawRequest(sb.url, "/api/runs", { headers: { "x-big": "y".repeat(20_000) } });
    assert.equal(headers.status, 431);
    assert.equal(ApiError.parse(JSON.parse(headers.body)).error.code, "HEADERS_TOO_LARGE");
    const body = await sb.api().post("/api/sessions", { agentId: "main", label: "z".repeat(300_000) });
    assert.equal(body.status, 413);
  });
});
