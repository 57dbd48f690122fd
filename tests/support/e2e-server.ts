import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@/server/config";
import { startSwitchboard } from "@/server/main";
import { e2eGatewayFile, E2E_POLICIES } from "./e2e-paths";
import { startOpenClawHarness } from "./openclaw-harness";

/**
 * The server behind the Playwright journeys: a real OpenClaw gateway with the scripted model,
 * and the built dashboard connected to it, with the journeys' handoff policies unless
 * E2E_PLAIN=1. Playwright starts it and stops it with SIGTERM.
 */
async function main(): Promise<void> {
  const gateway = await startOpenClawHarness({ onProgress: (step) => console.log(`[e2e] ${step}`) });
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-e2e-"));
  const port = process.env.E2E_PORT ?? "3217";
  const policies = process.env.E2E_PLAIN === "1" ? {} : E2E_POLICIES;
  writeFileSync(join(dataDir, "switchboard.config.json"), JSON.stringify(policies));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: "production",
    PORT: port,
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_CONFIG_PATH: join(dataDir, "switchboard.config.json"),
    OPENCLAW_GATEWAY_URL: gateway.gatewayUrl,
    OPENCLAW_GATEWAY_TOKEN: gateway.token,
  });
  const gatewayFile = e2eGatewayFile(Number(port));
  mkdirSync(join(gatewayFile, ".."), { recursive: true });
  writeFileSync(gatewayFile, JSON.stringify({ url: gateway.gatewayUrl, token: gateway.token }));
  const app = await startSwitchboard(config, { pages: true, gateway: true });
  const stop = async (): Promise<void> => {
    await app.close();
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

if (import.meta.filename === process.argv[1]) void main();
