import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/socket";
import { loadConfig } from "@/server/config";
import { startSwitchboard, type Switchboard } from "@/server/main";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A Switchboard on port 0 with a fresh data dir and no gateway: tests feed it frames. */
export async function startTestSwitchboard(dataDir = mkdtempSync(join(tmpdir(), "switchboard-test-"))) {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SWITCHBOARD_DATA_DIR: dataDir,
    OPENCLAW_CONFIG_PATH: join(dataDir, "none.json"),
  });
  const app: Switchboard = await startSwitchboard(config, { pages: false, gateway: false, log: () => {} });
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    url,
    dataDir,
    connect(): ClientSocket {
      return io(url, { transports: ["websocket"], forceNew: true, reconnection: false });
    },
    async stop(options: { keepData?: boolean } = {}) {
      await app.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
