import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Where the e2e server leaves what the journeys need: the gateway's address (for an outside
 * operator), Switchboard's admin token and one-time link, and its data dir (for secret scans).
 * Relative to the working directory: npm scripts and Playwright both run from the repo root,
 * and Playwright loads specs as CommonJS, where import.meta is not available.
 */
export const E2E_GATEWAY_FILE = join(process.cwd(), ".tmp", "e2e-gateway.json");

export interface E2eServer {
  /** The gateway's WebSocket URL and shared token. */
  url: string;
  token: string;
  adminToken: string;
  loginLink: string;
  dataDir: string;
}

/** The browser state of a signed-in admin, saved once by the global setup (e2e-sign-in.ts). */
export const E2E_STORAGE_STATE = join(process.cwd(), ".tmp", "e2e-storage.json");

/** The handoff policies the journeys run with (switchboard.config.json of the e2e server). */
export const E2E_POLICIES = {
  handoffPolicies: {
    autoAcknowledge: { template: "Handoff received from {sender} — processing now. [{run_id}]" },
    deliveryConfirmation: { template: "Delivered to {target_session} at {timestamp} [{run_id}]" },
    loopGuard: "abort",
  },
};

/** What the running e2e server left in E2E_GATEWAY_FILE. */
export function e2eServer(): E2eServer {
  return JSON.parse(readFileSync(E2E_GATEWAY_FILE, "utf8")) as E2eServer;
}
