import { readFileSync } from "node:fs";
import { request, type FullConfig } from "@playwright/test";
import type { Role } from "@/lib/auth";
import { E2E_GATEWAY_FILE, E2E_STORAGE_STATE, type E2eServer } from "./e2e-paths";

export function e2eServer(): E2eServer {
  return JSON.parse(readFileSync(E2E_GATEWAY_FILE, "utf8")) as E2eServer;
}

/**
 * Playwright's global setup: signs in as the admin once and saves the cookie, which every
 * page and `request` then carries (`use.storageState`). A journey that must be someone else
 * uses `test.use({ storageState: SIGNED_OUT })` and `signInAs`.
 */
export default async function signIn(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]!.use.baseURL!;
  const context = await request.newContext({ baseURL });
  const res = await context.post("/api/auth/login", { data: { token: e2eServer().adminToken } });
  if (!res.ok()) throw new Error(`e2e sign-in failed: ${res.status()} ${await res.text()}`);
  await context.storageState({ path: E2E_STORAGE_STATE });
  await context.dispose();
}

/** A browser with no cookie at all. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** An API token with `role`, made by the admin (for a journey that signs in as a viewer, say). */
export async function tokenWithRole(baseURL: string, role: Role): Promise<string> {
  const context = await request.newContext({
    baseURL,
    extraHTTPHeaders: { authorization: `Bearer ${e2eServer().adminToken}` },
  });
  const res = await context.post("/api/tokens", { data: { name: `e2e ${role}`, role } });
  const { secret } = (await res.json()) as { secret: string };
  await context.dispose();
  return secret;
}
