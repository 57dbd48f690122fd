import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before } from "node:test";
import { loadConfig } from "@/server/config";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { startSwitchboard, type Switchboard } from "@/server/main";
import { apiClient, TEST_ADMIN_TOKEN, type Actor } from "../../support/api-client";
import { startOpenClawHarness, type OpenClawHarness } from "../../support/openclaw-harness";

export { until } from "../../support/until";

/**
 * One real gateway for all the gateway-backed integration tests (it takes ~10 s and ~1.3 GB
 * to start): the entry file starts it, each feature file registers its tests on this context.
 */
export interface GatewayContext {
  gateway: OpenClawHarness;
  app: Switchboard;
  dataDir: string;
  /** Starts a Switchboard on this gateway; `env` adds variables (e.g. a policies file). */
  startApp(env?: Record<string, string>, dataDir?: string): Promise<Switchboard>;
}

async function startGatewayContext(): Promise<GatewayContext & { stop(): Promise<void> }> {
  const gateway = await startOpenClawHarness();
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-bridge-"));
  const startApp = (env: Record<string, string> = {}, dir = dataDir) =>
    startSwitchboard(
      loadConfig({
        PORT: "0",
        SWITCHBOARD_DATA_DIR: dir,
        SWITCHBOARD_CONFIG_PATH: join(dir, "switchboard.config.json"),
        OPENCLAW_GATEWAY_URL: gateway.gatewayUrl,
        OPENCLAW_GATEWAY_TOKEN: gateway.token,
        SWITCHBOARD_TOKEN: TEST_ADMIN_TOKEN,
        ...env,
      }),
      { pages: false, gateway: true, log: () => {} },
    );
  const context = { gateway, dataDir, startApp, app: await startApp() };
  return Object.assign(context, {
    async stop() {
      await context.app.close();
      await gateway.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/**
 * One real gateway for the suite it is called in: started before its tests, stopped after.
 * Feature files read the context lazily, through the proxy: it exists once `before` has run.
 */
export function sharedGatewayContext(): GatewayContext {
  let started: Awaited<ReturnType<typeof startGatewayContext>>;
  before(async () => (started = await startGatewayContext()));
  after(async () => started?.stop());
  return new Proxy({} as GatewayContext, {
    get: (_, key) => started[key as keyof GatewayContext],
    set: (_, key, value) => Reflect.set(started, key, value),
  });
}

export const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

/** JSON requests to a Switchboard's API, as the admin unless `as` says otherwise (support/api-client.ts). */
export function apiOf(app: Switchboard, as: Actor = "admin") {
  return apiClient(`http://127.0.0.1:${app.port}`, as);
}
