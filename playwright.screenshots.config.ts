import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * `npm run screenshots`: the journeys' dashboard and gateway, walked page by page in light and
 * dark, at desktop and phone sizes, into docs/screenshots/ (tests/screenshots/).
 */
export default defineConfig({ ...base, testDir: "tests/screenshots", timeout: 300_000 });
