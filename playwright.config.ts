import { defineConfig } from "@playwright/test";
import { chromiumPath } from "./scripts/system-requirements.mjs";
import { E2E_STORAGE_STATE } from "./tests/support/e2e-paths";

const port = Number(process.env.E2E_PORT ?? 3217);

/**
 * Journeys run in Debian's Chromium (browsers cannot be downloaded here) against a built
 * Switchboard connected to a real OpenClaw gateway that tests/support/e2e-server.ts starts.
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
    baseURL: `http://127.0.0.1:${port}`,
    storageState: E2E_STORAGE_STATE,
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
  webServer: {
    command: "node --import tsx tests/support/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    env: { E2E_PORT: String(port) },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: "pipe",
  },
});
