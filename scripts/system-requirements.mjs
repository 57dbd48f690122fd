// What npm test needs from the machine beyond npm packages, and where to find it.
import { existsSync } from "node:fs";

const CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

/** Debian's Chromium (Playwright cannot download browsers here), or CHROMIUM_PATH; null when absent. */
export function chromiumPath() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CHROMIUM_CANDIDATES;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Each requirement: how to tell it is there, and the Debian packages that bring it. */
export const REQUIREMENTS = [
  {
    what: "Chromium, for the browser tests",
    present: () => chromiumPath() !== null,
    // The emoji font makes agents' emoji render in screenshots instead of empty boxes.
    aptPackages: ["chromium", "fonts-noto-color-emoji"],
    otherwise: "or set CHROMIUM_PATH to a Chromium binary",
  },
  {
    // The tests start them themselves (tests/support/postgres.ts, redis.ts): nothing runs by default.
    what: "PostgreSQL 15 and Redis, for the store contract and scale-out tests",
    present: () => existsSync("/usr/lib/postgresql/15/bin/postgres") && existsSync("/usr/bin/redis-server"),
    aptPackages: ["postgresql-15", "redis-server"],
    otherwise: "Debian's packages; the tests start both themselves",
  },
];
