import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { roleAllows } from "@/lib/auth";
import { returnPath, signInHref, tokenFromHash } from "@/lib/sign-in";
import { assertSafeExposure, isLoopback } from "@/server/auth/exposure";
import { hashPassword, verifyPassword } from "@/server/auth/passwords";
import { crossSiteReason, hostAllowed, isJsonContentType } from "@/server/auth/request-checks";
import { loadConfig } from "@/server/config";

const names = new Set(["localhost", "127.0.0.1", "switchboard.example.com"]);
const hosts = { forwardedHost: null, publicHosts: new Set(["switchboard.example.com"]) };

describe("request checks", () => {
  it("answers IP literals, localhost and the configured names, never another name (DNS rebinding)", () => {
    for (const host of [
      "127.0.0.1:3000",
      "[::1]:3000",
      "10.1.2.3",
      "localhost:3000",
      "switchboard.example.com",
    ])
      assert.ok(hostAllowed(host, names), host);
    for (const host of ["evil.example", "localhost.evil.example:3000", undefined])
      assert.ok(!hostAllowed(host, names), String(host));
  });

  it("tells same-origin requests from cross-site ones, another port included", () => {
    const h = (headers: Record<string, string>) =>
      crossSiteReason({ host: "127.0.0.1:3000", ...headers }, hosts);
    assert.equal(h({}), null, "a script sends neither Origin nor Sec-Fetch-Site");
    assert.equal(h({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" }), null);
    assert.equal(h({ "sec-fetch-site": "none" }), null, "typed into the address bar");
    assert.equal(
      h({ origin: "https://switchboard.example.com" }),
      null,
      "the public name behind a TLS proxy",
    );
    assert.match(h({ origin: "http://127.0.0.1:3250" })!, /127\.0\.0\.1:3250/);
    assert.match(h({ "sec-fetch-site": "same-site" })!, /same-site/);
    assert.match(h({ origin: "null" })!, /null/);
    assert.match(h({ origin: "http://switchboard.example.com.evil" })!, /evil/);
  });

  it("accepts only JSON bodies", () => {
    assert.ok(isJsonContentType("application/json"));
    assert.ok(isJsonContentType("application/json; charset=utf-8"));
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "application/jsonp", undefined])
      assert.ok(!isJsonContentType(type), String(type));
  });

  it("orders roles viewer < operator < admin", () => {
    assert.ok(roleAllows("admin", "operator") && roleAllows("operator", "viewer"));
    assert.ok(!roleAllows("viewer", "operator") && !roleAllows("operator", "admin"));
  });
});

describe("exposure and configuration", () => {
  it("refuses a non-loopback address unless real accounts exist", () => {
    assert.ok(
      isLoopback("127.0.0.1") && isLoopback("::1") && isLoopback("localhost") && isLoopback("127.1.2.3"),
    );
    assert.ok(!isLoopback("0.0.0.0") && !isLoopback("192.168.1.4") && !isLoopback("::"));
    const none = { users: 0, apiTokens: 0, trustedProxies: 0 };
    assert.throws(() => assertSafeExposure("0.0.0.0", none), /HOST=0\.0\.0\.0 lets other machines connect/);
    assert.doesNotThrow(() => assertSafeExposure("127.0.0.1", none));
    assert.doesNotThrow(() => assertSafeExposure("0.0.0.0", { ...none, users: 1 }));
    assert.doesNotThrow(() => assertSafeExposure("0.0.0.0", { ...none, apiTokens: 1 }));
    assert.doesNotThrow(() => assertSafeExposure("0.0.0.0", { ...none, trustedProxies: 1 }));
  });

  it("reads the access settings and refuses bad ones with one line each", () => {
    const config = loadConfig({
      OPENCLAW_CONFIG_PATH: "/nonexistent",
      SWITCHBOARD_TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.10, fd00::/8",
      SWITCHBOARD_TRUSTED_USER_HEADER: "X-Forwarded-User",
      SWITCHBOARD_ALLOWED_HOSTS: "Switchboard.example.com, sb.internal",
    });
    assert.deepEqual(
      config.auth.trustedProxies.map((s) => `${s.address}/${s.prefix}`),
      ["10.0.0.0/8", "192.168.1.10/32", "fd00::/8"],
    );
    assert.deepEqual(config.auth.allowedHosts, ["switchboard.example.com", "sb.internal"]);
    assert.equal(config.auth.dispatchPerMinute, 60);
    assert.throws(
      () => loadConfig({ OPENCLAW_CONFIG_PATH: "/x", SWITCHBOARD_TRUSTED_USER_HEADER: "X-User" }),
      /SWITCHBOARD_TRUSTED_USER_HEADER: needs SWITCHBOARD_TRUSTED_PROXIES/,
    );
    assert.throws(
      () => loadConfig({ OPENCLAW_CONFIG_PATH: "/x", SWITCHBOARD_TRUSTED_PROXIES: "10.0.0.0/33" }),
      /SWITCHBOARD_TRUSTED_PROXIES: expected proxy addresses in CIDR form/,
    );
    assert.throws(
      () => loadConfig({ OPENCLAW_CONFIG_PATH: "/x", SWITCHBOARD_TOKEN: "short" }),
      /SWITCHBOARD_TOKEN/,
    );
  });

  it("hashes passwords with scrypt and checks them", async () => {
    const hash = await hashPassword("correct horse");
    assert.match(hash, /^scrypt\$32768\$8\$1\$/);
    assert.ok(await verifyPassword(hash, "correct horse"));
    assert.ok(!(await verifyPassword(hash, "wrong")));
    assert.ok(!(await verifyPassword("plain-text", "plain-text")));
  });
});

describe("the sign-in page's way back", () => {
  it("returns to a path on this site only", () => {
    assert.equal(returnPath("/runs/abc?x=1"), "/runs/abc?x=1");
    for (const next of [
      "//evil.example",
      "/\\evil.example",
      "https://evil.example",
      "javascript:alert(1)",
      null,
    ])
      assert.equal(returnPath(next), "/", String(next));
    assert.equal(signInHref("/runs/a b"), "/login?next=%2Fruns%2Fa%20b");
    assert.equal(tokenFromHash("#token=sbl_abc"), "sbl_abc");
    assert.equal(tokenFromHash(""), null);
  });
});
