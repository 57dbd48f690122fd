import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gatewayView, startupStep } from "@/lib/gateway-view";
import type { GatewayStatus } from "@/lib/health";

const status = (extra: Partial<GatewayStatus>): GatewayStatus => ({
  state: "connected",
  url: "ws://127.0.0.1:18789",
  protocol: 3,
  serverVersion: "2026.9.1",
  error: null,
  demo: false,
  storeError: null,
  retryAt: null,
  startup: null,
  ...extra,
});

describe("gatewayView", () => {
  it("maps gateway states to the pill", () => {
    assert.deepEqual(gatewayView(status({}), "up"), {
      state: "live",
      detail: "ws://127.0.0.1:18789 · OpenClaw 2026.9.1 · protocol 3",
      retryAt: null,
    });
    assert.deepEqual(gatewayView(status({ state: "disconnected", retryAt: 99 }), "up"), {
      state: "reconnecting",
      detail: "The gateway connection dropped",
      retryAt: 99,
    });
    assert.equal(gatewayView(status({ state: "error", error: "bad token" }), "up").detail, "bad token");
    assert.equal(gatewayView(status({ state: "connecting" }), "pending").state, "connecting");
    assert.equal(gatewayView(undefined, "pending").state, "connecting");
  });

  it("says reconnecting when the browser lost Switchboard itself", () => {
    assert.equal(gatewayView(status({}), "down").state, "reconnecting");
  });

  it("shows the start-up step only while the demo boots", () => {
    assert.equal(startupStep(status({ startup: { step: "installing", done: false } })), "installing");
    assert.equal(startupStep(status({ startup: { step: "ready", done: true } })), null);
    assert.equal(startupStep(undefined), null);
  });
  it("shows a database that refuses writes as an error, whatever the gateway's state", () => {
    const view = gatewayView(status({ storeError: "database or disk is full" }), "up");
    assert.equal(view.state, "error");
    assert.match(view.detail ?? "", /database or disk is full/);
  });
});
