import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "@/server/config";
import { startSwitchboard } from "@/server/main";
import { e2eServerFile, E2E_POLICIES, type E2eServer } from "./e2e-paths";
import { startFrameDropper } from "./frame-dropper";
import { startOpenClawHarness } from "./openclaw-harness";

/**
 * The server behind the Playwright journeys: a real OpenClaw gateway with the scripted model,
 * and the built dashboard connected to it (with the journeys' handoff policies, unless
 * E2E_PLAIN=1). Playwright starts it and stops it with SIGTERM.
 */
async function main(): Promise<void> {
  const gateway = await startOpenClawHarness({ onProgress: (step) => console.log(`[e2e] ${step}`) });
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-e2e-"));
  const port = process.env.E2E_PORT ?? "3217";
  const policies = process.env.E2E_PLAIN === "1" ? {} : E2E_POLICIES;
  writeFileSync(join(dataDir, "switchboard.config.json"), JSON.stringify(policies));
  const adminToken = `e2e-${randomBytes(24).toString("hex")}`;
  // Switchboard reaches the gateway through a proxy a journey can cut (see-missed-events).
  const link = await startFrameDropper(gateway.gatewayUrl);
  process.on("SIGUSR2", () => link.sever(8000));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: "production",
    PORT: port,
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_CONFIG_PATH: join(dataDir, "switchboard.config.json"),
    OPENCLAW_GATEWAY_URL: link.url,
    OPENCLAW_GATEWAY_TOKEN: gateway.token,
    SWITCHBOARD_TOKEN: adminToken,
  });
  const app = await startSwitchboard(config, { pages: true, gateway: true });
  const file = e2eServerFile(Number(port));
  mkdirSync(join(file, ".."), { recursive: true });
  const server: E2eServer = {
    url: gateway.gatewayUrl,
    token: gateway.token,
    adminToken,
    loginLink: app.loginLink,
    dataDir,
    pid: process.pid,
  };
  writeFileSync(file, JSON.stringify(server), { mode: 0o600 });
  const stop = async (): Promise<void> => {
    await app.close();
    await link.close();
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

if (import.meta.filename === process.argv[1]) void main();
