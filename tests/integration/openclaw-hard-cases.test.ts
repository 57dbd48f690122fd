import { describe } from "node:test";
import { busySessionTests } from "./openclaw/busy-session";
import { busyTargetTests } from "./openclaw/busy-targets";
import { sharedGatewayContext } from "./openclaw/context";
import { deadlockTests } from "./openclaw/deadlocks";

/** Busy targets, queues, deadlocks, labels: one real gateway of their own (the scenarios are slow). */
describe("hard handoff cases against the real OpenClaw gateway", { timeout: 600_000 }, () => {
  const ctx = sharedGatewayContext();

  describe("sends to busy targets, labels, spawns", () => busyTargetTests(ctx));
  describe("Switchboard's sends to a busy session", () => busySessionTests(ctx));
  describe("deadlocks", () => deadlockTests(ctx));
});
