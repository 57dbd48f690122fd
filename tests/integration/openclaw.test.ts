import { after, before, describe } from "node:test";
import { bridgeTests } from "./openclaw/bridge";
import { type GatewayContext, startGatewayContext } from "./openclaw/context";
import { handoffTests } from "./openclaw/handoffs";
import { policyTests } from "./openclaw/policies";
import { sendingTests } from "./openclaw/sending";

describe("against the real OpenClaw gateway", { timeout: 300_000 }, () => {
  let started: Awaited<ReturnType<typeof startGatewayContext>>;
  // Feature files read the context lazily: it exists once `before` has run.
  const ctx = new Proxy({} as GatewayContext, {
    get: (_, key) => started[key as keyof GatewayContext],
    set: (_, key, value) => Reflect.set(started, key, value),
  });
  before(async () => (started = await startGatewayContext()));
  after(async () => started?.stop());

  describe("the bridge", () => bridgeTests(ctx));
  describe("handoffs", () => handoffTests(ctx));
  describe("sending", () => sendingTests(ctx));
  describe("policies", () => policyTests(ctx));
});
