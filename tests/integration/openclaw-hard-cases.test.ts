import { after, before, describe } from "node:test";
import { busySessionTests } from "./openclaw/busy-session";
import { busyTargetTests } from "./openclaw/busy-targets";
import { type GatewayContext, startGatewayContext } from "./openclaw/context";
import { deadlockTests } from "./openclaw/deadlocks";

/** Busy targets, queues, deadlocks, labels: one real gateway of their own (the scenarios are slow). */
describe("hard handoff cases against the real OpenClaw gateway", { timeout: 600_000 }, () => {
  let started: Awaited<ReturnType<typeof startGatewayContext>>;
  const ctx = new Proxy({} as GatewayContext, {
    get: (_, key) => started[key as keyof GatewayContext],
    set: (_, key, value) => Reflect.set(started, key, value),
  });
  before(async () => (started = await startGatewayContext()));
  after(async () => started?.stop());

  describe("sends to busy targets, labels, spawns", () => busyTargetTests(ctx));
  describe("Switchboard's sends to a busy session", () => busySessionTests(ctx));
  describe("deadlocks", () => deadlockTests(ctx));
});
