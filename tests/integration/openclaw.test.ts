import { describe } from "node:test";
import { bridgeTests } from "./openclaw/bridge";
import { sharedGatewayContext } from "./openclaw/context";
import { handoffTests } from "./openclaw/handoffs";
import { policyTests } from "./openclaw/policies";
import { sendingTests } from "./openclaw/sending";

describe("against the real OpenClaw gateway", { timeout: 300_000 }, () => {
  const ctx = sharedGatewayContext();

  describe("the bridge", () => bridgeTests(ctx));
  describe("handoffs", () => handoffTests(ctx));
  describe("sending", () => sendingTests(ctx));
  describe("policies", () => policyTests(ctx));
});
