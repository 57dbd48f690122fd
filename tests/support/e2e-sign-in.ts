import { request, type APIRequestContext } from "@playwright/test";
import type { Role } from "@/lib/auth";
import type { RunsPage } from "@/lib/runs";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { E2E_PLAIN_PORT, E2E_PORT, e2eServer, e2eStorageState } from "./e2e-paths";
import { connectOperator } from "./gateway-operator";
import { until } from "./until";

/**
 * Playwright's global setup: signs in as the admin of each dashboard once and saves its cookie,
 * which every page and `request` then carries (`use.storageState`; a journey on the plain
 * dashboard uses `e2eStorageState(E2E_PLAIN_PORT)`). A journey that must be someone else uses
 * `test.use({ storageState: SIGNED_OUT })` and `signInAs`.
 */
export default async function signIn(): Promise<void> {
  await Promise.all([E2E_PORT, E2E_PLAIN_PORT].map(signInTo));
}

async function signInTo(port: number): Promise<void> {
  const context = await request.newContext({ baseURL: `http://127.0.0.1:${port}` });
  const res = await context.post("/api/auth/login", { data: { token: e2eServer(port).adminToken } });
  if (!res.ok()) throw new Error(`e2e sign-in on port ${port} failed: ${res.status()} ${await res.text()}`);
  await context.storageState({ path: e2eStorageState(port) });
  await warmUp(context, port);
  await context.dispose();
}

/**
 * A fresh gateway takes 10 s and more to start its first run: one run, seen through
 * Switchboard to its end, before the journeys, so the first journey is not the one that waits.
 */
async function warmUp(context: APIRequestContext, port: number): Promise<void> {
  const session = "agent:main:e2e-warm-up";
  const operator = await connectOperator(port);
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
