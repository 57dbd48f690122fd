import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The journeys' dashboard (with the handoff policies below) and, one port up, one without policies. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3217);
/**
 * A second dashboard on a gateway of its own, without handoff policies: deadlock journeys need
 * a loop that the loop guard of the first would abort before it could deadlock.
 */
export const E2E_PLAIN_PORT = E2E_PORT + 1;

export interface E2eServer {
  /** The gateway's WebSocket URL and shared token. */
  url: string;
  token: string;
  adminToken: string;
  loginLink: string;
  dataDir: string;
  /** The e2e server's process: SIGUSR2 cuts its link to the gateway for 8 s (the gateway works on). */
  pid: number;
}

/**
 * Where an e2e server leaves what the journeys need: its gateway's address (for an outside
 * operator), Switchboard's admin token and one-time link, and its data dir (for secret scans).
 * Relative to the working directory: npm scripts and Playwright both run from the repo root,
 * and Playwright loads specs as CommonJS, where import.meta is not available.
 */
export function e2eServerFile(port = E2E_PORT): string {
  return join(process.cwd(), ".tmp", `e2e-server-${port}.json`);
}

/** What the e2e server on `port` left in its file. */
export function e2eServer(port = E2E_PORT): E2eServer {
  return JSON.parse(readFileSync(e2eServerFile(port), "utf8")) as E2eServer;
}

/**
 * The browser state of a signed-in admin of the dashboard on `port`, saved once by the global
 * setup (e2e-sign-in.ts). One file per dashboard: both live on 127.0.0.1, where a cookie of one
 * would be sent to the other too.
 */
export function e2eStorageState(port = E2E_PORT): string {
  return join(process.cwd(), ".tmp", `e2e-storage-${port}.json`);
}

/** The handoff policies the journeys run with (switchboard.config.json of the e2e server). */
export const E2E_POLICIES = {
  handoffPolicies: {
    autoAcknowledge: { template: "Handoff received from {sender} — processing now. [{run_id}]" },
    deliveryConfirmation: { template: "Delivered to {target_session} at {timestamp} [{run_id}]" },
    loopGuard: "abort",
  },
};
