import { setTimeout as sleep } from "node:timers/promises";
import type { GatewayProcess } from "./gateway-process";

/** What 2026.9.6 prints once it accepts connections (before, `connect` is refused with startup-sidecars-pending). */
const READY_LINE = /\[gateway\] ready\b/;

/**
 * Resolves when the gateway prints its ready line; rejects with its last output if it exits
 * first or takes longer than `timeoutMs`.
 */
export async function waitForGatewayReady(gateway: GatewayProcess, timeoutMs: number): Promise<void> {
  let unsubscribe = () => {};
  const cancelTimer = new AbortController();
  // Each contender resolves (never rejects), with a failure reason or undefined for ready.
  const ready = new Promise<undefined>((resolve) => {
    unsubscribe = gateway.onLine((line) => READY_LINE.test(line) && resolve(undefined));
  });
  const exited = gateway.exited.then((how) => `exited with ${how} before it was ready`);
  const timedOut = sleep(timeoutMs, `was not ready after ${Math.round(timeoutMs / 1000)} s`, {
    signal: cancelTimer.signal,
  }).catch(() => undefined);
  try {
    const failure = await Promise.race([ready, exited, timedOut]);
    if (failure === undefined) return;
    const tail = gateway.recentLines().join("\n") || "(none)";
    throw new Error(`OpenClaw gateway (pid ${gateway.pid}) ${failure}. Last output:\n${tail}`);
  } finally {
    unsubscribe();
    cancelTimer.abort();
  }
}
