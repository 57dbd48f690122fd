import { request, type APIRequestContext, type FullConfig } from "@playwright/test";
import type { Role } from "@/lib/auth";
import type { RunsPage } from "@/lib/runs";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { e2eServer, E2E_STORAGE_STATE } from "./e2e-paths";
import { connectOperator } from "./gateway-operator";
import { until } from "./until";

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
  await warmUp(context);
  await context.dispose();
}

/**
 * A fresh gateway takes 10 s and more to start its first run: one run, seen through
 * Switchboard to its end, before the journeys, so the first journey is not the one that waits.
 */
async function warmUp(context: APIRequestContext): Promise<void> {
  const session = "agent:main:e2e-warm-up";
  const operator = await connectOperator();
  await operator.send(session, `${PLAN_MARKER} ${JSON.stringify([{ text: "warm" }])}`);
  await operator.close();
  await until(
    async () =>
      (await (await context.get(`/api/runs?session=${encodeURIComponent(session)}`)).json()) as RunsPage,
    (page) => page.runs.some((r) => r.status === "completed"),
    "the warm-up run to complete",
    120_000,
  );
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
