import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/socket";
import { loadConfig } from "@/server/config";
import { startSwitchboard, type Switchboard } from "@/server/main";
import { apiClient, TEST_ADMIN_TOKEN, tokenOf, type Actor } from "./api-client";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * A Switchboard on port 0 with a fresh data dir and no gateway: tests feed it frames. Its
 * API and sockets act as the admin unless told `as` whom (a role, `anonymous`, a token).
 */
export async function startTestSwitchboard(
  dataDir = mkdtempSync(join(tmpdir(), "switchboard-test-")),
  env: Record<string, string> = {},
  log: (line: string) => void = () => {},
) {
  const config = loadConfig({
    PORT: "0",
    HOST: "127.0.0.1",
    SWITCHBOARD_DATA_DIR: dataDir,
    OPENCLAW_CONFIG_PATH: join(dataDir, "none.json"),
    SWITCHBOARD_CONFIG_PATH: join(dataDir, "switchboard.config.json"),
    SWITCHBOARD_TOKEN: TEST_ADMIN_TOKEN,
    ...env,
  });
  const app: Switchboard = await startSwitchboard(config, { pages: false, gateway: false, log });
  const url = `http://127.0.0.1:${app.port}`;
  return {
    app,
    url,
    dataDir,
    /** JSON requests with credentials (support/api-client.ts). */
    api: (as: Actor = "admin") => apiClient(url, as),
    /** A socket.io client with `auth: { token }`; `anonymous` sends none. */
    connect(as: Actor = "admin"): ClientSocket {
      return io(url, {
        transports: ["websocket"],
        forceNew: true,
        reconnection: false,
        auth: (send) => void tokenOf(url, as).then((token) => send(token ? { token } : {})),
      });
    },
    async stop(options: { keepData?: boolean } = {}) {
      await app.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
