import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { io } from "socket.io-client";
import { ApiError } from "@/lib/api-error";
import { rawRequest, TEST_ADMIN_TOKEN } from "../support/api-client";
import { startTestSwitchboard } from "../support/switchboard-harness";

/** The attacker's page in the issue: another port on the same machine (same site, other origin). */
const HOSTILE = "http://127.0.0.1:3250";

describe("requests from another site's page, or to a foreign host", () => {
  let sb: Awaited<ReturnType<typeof startTestSwitchboard>>;
  before(async () => (sb = await startTestSwitchboard()));
  after(async () => sb.stop());

  const send = "/api/sessions/agent%3Amain%3Amain/messages";
  const code = async (res: Response) => ApiError.parse(await res.json()).error.code;

  it("refuses a text/plain or form body (what a no-cors fetch or an HTML form can send) with 415", async () => {
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
    ]) {
      const res = await sb.api().get(send, {
        method: "POST",
        headers: { "content-type": type },
        body: JSON.stringify({ message: "hi", idempotencyKey: "chosen-by-attacker" }),
      });
      assert.equal(res.status, 415, type);
      assert.equal(await code(res), "UNSUPPORTED_MEDIA_TYPE");
    }
  });

  it("refuses a JSON request that a browser marks as coming from another origin, even with a valid credential", async () => {
    const attempts: Record<string, string>[] = [
      { origin: HOSTILE },
      { origin: "null" },
      { "sec-fetch-site": "same-site" },
      { "sec-fetch-site": "cross-site" },
    ];
    for (const headers of attempts) {
      for (const [path, body] of [
        [send, { message: "hi" }],
        ["/api/sessions", { agentId: "main" }],
        ["/api/runs/r1/abort", {}],
      ] as const) {
        const res = await sb.api().post(path, body, { headers });
        assert.equal(res.status, 403, `${path} ${JSON.stringify(headers)}`);
        assert.match(ApiError.parse(await res.json()).error.message, /Cross-site requests are refused/);
      }
    }
    const sameOrigin = await sb.api().post("/api/runs/r1/abort", {}, { headers: { origin: sb.url } });
    assert.equal(sameOrigin.status, 404, "a same-origin request gets through to the route");
  });

  it("refuses a request whose Host is not Switchboard's (DNS rebinding)", async () => {
    for (const host of ["evil.example", "evil.example:3000", "localhost.evil.example"]) {
      const res = await rawRequest(sb.url, "/api/runs", { headers: { host } });
      assert.equal(res.status, 403, host);
      assert.match(ApiError.parse(JSON.parse(res.body)).error.message, /does not answer to the host/);
    }
    const local = await rawRequest(sb.url, "/api/runs", { headers: { host: `localhost:${sb.app.port}` } });
    assert.equal(local.status, 200);
  });

  it("refuses a socket handshake from another origin, and one without credentials", async () => {
    const refused = async (options: Parameters<typeof io>[1]) =>
      new Promise<string>((resolve, reject) => {
        const socket = io(sb.url, {
          transports: ["websocket"],
          forceNew: true,
          reconnection: false,
          ...options,
        });
        socket.on("connect", () => reject(new Error("the socket connected")));
        socket.on("connect_error", (error) => {
          socket.close();
          resolve(error.message);
        });
      });
    // A browser cannot forge Origin; Node's client can, which is what the attacker's browser sends.
    assert.match(
      await refused({ extraHeaders: { origin: HOSTILE }, auth: { token: TEST_ADMIN_TOKEN } }),
      /websocket error/,
    );
    assert.match(await refused({ auth: {} }), /UNAUTHENTICATED/);
    assert.match(await refused({ auth: { token: "guessed" } }), /UNAUTHENTICATED: the token is unknown/);
    assert.match(
      await refused({ transports: ["polling"], extraHeaders: { origin: HOSTILE } }),
      /xhr poll error|server error/,
    );
  });

  it("answers health anonymously with ok alone, and in full to a signed-in caller", async () => {
    const anonymous = (await (await sb.api("anonymous").get("/api/health")).json()) as Record<
      string,
      unknown
    >;
    assert.deepEqual(Object.keys(anonymous), ["ok"]);
    const full = (await (await sb.api().get("/api/health")).json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(full).sort(), ["gateway", "instance", "ok", "store"]);
  });
});
