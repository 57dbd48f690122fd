import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { newSecret } from "./secrets";

/**
 * The data dir holds the admin token, the device key and the event store: only the user
 * running Switchboard may read it (0700), also when it existed before with looser modes.
 */
export function ensurePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** A file only its owner can read (0600), also when it existed before. */
export function writePrivateFile(file: string, text: string): void {
  writeFileSync(file, text, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/**
 * The admin token: SWITCHBOARD_TOKEN when set, else the one generated on first start and
 * kept in `<dataDir>/admin-token` (0600), like Jupyter's. Scripts read it from there.
 */
export function loadAdminToken(dataDir: string, configured: string | null): string {
  if (configured) return configured;
  const file = join(dataDir, "admin-token");
  try {
    const saved = readFileSync(file, "utf8").trim();
    if (saved.length >= 16) {
      chmodSync(file, 0o600);
      return saved;
    }
  } catch {
    // First start: make one below.
  }
  const token = newSecret("sba");
  writePrivateFile(file, `${token}\n`);
  return token;
}
