import { join } from "node:path";

/**
 * Where the e2e server leaves the gateway's address for the journeys (an outside operator).
 * Relative to the working directory: npm scripts and Playwright both run from the repo root,
 * and Playwright loads specs as CommonJS, where import.meta is not available.
 */
export const E2E_GATEWAY_FILE = join(process.cwd(), ".tmp", "e2e-gateway.json");

/** The handoff policies the journeys run with (switchboard.config.json of the e2e server). */
export const E2E_POLICIES = {
  handoffPolicies: {
    autoAcknowledge: { template: "Handoff received from {sender} — processing now. [{run_id}]" },
    deliveryConfirmation: { template: "Delivered to {target_session} at {timestamp} [{run_id}]" },
    loopGuard: "abort",
  },
};
