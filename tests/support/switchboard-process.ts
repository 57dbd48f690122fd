import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { TEST_ADMIN_TOKEN } from "./api-client";

const CHILD = join(import.meta.dirname, "switchboard-child.ts");

/** A Switchboard child process on a data dir and a gateway; `kill()` is a SIGKILL. */
export async function spawnSwitchboard(dataDir: string, gateway: { url: string; token: string }) {
  const child = spawn(process.execPath, ["--import", "tsx", CHILD], {
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      SWITCHBOARD_DATA_DIR: dataDir,
      SWITCHBOARD_CONFIG_PATH: join(dataDir, "switchboard.config.json"),
      OPENCLAW_GATEWAY_URL: gateway.url,
      OPENCLAW_GATEWAY_TOKEN: gateway.token,
      SWITCHBOARD_TOKEN: TEST_ADMIN_TOKEN,
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = once(child, "exit");
  const lines = createInterface({ input: child.stdout });
  const log: string[] = [];
  const port = await new Promise<number>((resolve, reject) => {
    lines.on("line", (line) => {
      log.push(line);
      const ready = /^READY (\d+)$/.exec(line);
      if (ready) resolve(Number(ready[1]));
    });
    void exited.then(() => reject(new Error(`Switchboard exited before it was ready:\n${log.join("\n")}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    async kill(): Promise<void> {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
