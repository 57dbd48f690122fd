import { join } from "node:path";

/** The journeys' dashboard (with the handoff policies below) and, one port up, one without policies. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3217);
/**
 * A second dashboard on a gateway of its own, without handoff policies: deadlock journeys need
 * a loop that the loop guard of the first would abort before it could deadlock.
 */
export const E2E_PLAIN_PORT = E2E_PORT + 1;

/**
 * Where an e2e server leaves its gateway's address for the journeys (an outside operator).
 * Relative to the working directory: npm scripts and Playwright both run from the repo root,
 * and Playwright loads specs as CommonJS, where import.meta is not available.
 */
export function e2eGatewayFile(port = E2E_PORT): string {
  return join(process.cwd(), ".tmp", `e2e-gateway-${port}.json`);
}

/** The handoff policies the journeys run with (switchboard.config.json of the e2e server). */
export const E2E_POLICIES = {
  handoffPolicies: {
    autoAcknowledge: { template: "Handoff received from {sender} — processing now. [{run_id}]" },
    deliveryConfirmation: { template: "Delivered to {target_session} at {timestamp} [{run_id}]" },
    loopGuard: "abort",
  },
};
