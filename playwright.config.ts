import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/system-requirements.mjs";
import { E2E_PLAIN_PORT, E2E_PORT, e2eStorageState } from "./tests/support/e2e-paths";

const server = (port: number, env: Record<string, string> = {}) => ({
  command: "node --import tsx tests/support/e2e-server.ts",
  url: `http://127.0.0.1:${port}/api/health`,
  env: { E2E_PORT: String(port), ...env },
  timeout: 180_000,
  reuseExistingServer: false,
  stdout: "pipe" as const,
});

/**
 * Journeys run in Debian's Chromium (browsers cannot be downloaded here) against built
 * Switchboards connected to real OpenClaw gateways that tests/support/e2e-server.ts starts.
 */
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  forbidOnly: Boolean(process.env.CI),
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 30_000 },
  reporter: [["list"]],
  // Signs in as the admin once; every journey starts signed in unless it says otherwise.
  globalSetup: "./tests/support/e2e-sign-in.ts",
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    storageState: e2eStorageState(),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath() ?? undefined,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1, EXCLUDE localhost",
      ],
    },
  },
  // Two dashboards, each on a real OpenClaw gateway of its own: with the handoff policies, and
  // without them (tests/support/e2e-paths.ts says why).
  webServer: [server(E2E_PORT), server(E2E_PLAIN_PORT, { E2E_PLAIN: "1" })],
});
