import { join } from "node:path";
import type { HostEnv } from "../config";
import type { GatewayOperations } from "../gateway/operations";
import { createDemoDriver } from "./demo-driver";
import { startScriptedGateway } from "./scripted-gateway";
import { supervise } from "./supervisor";

export interface Demo {
  url: string;
  token: string;
  /** Starts producing multi-agent work through the bridge's operations. */
  drive(operations: GatewayOperations): void;
  stopDriving(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The local demo for a machine with no gateway: the real OpenClaw gateway, driven by the
 * project's scripted model, its state kept under the data dir so a restart keeps history.
 */
export async function startDemo(options: {
  dataDir: string;
  hostEnv: HostEnv;
  onProgress: (step: string) => void;
  log: (line: string) => void;
}): Promise<Demo> {
  const stateDir = join(options.dataDir, "demo-gateway");
  const first = await startScriptedGateway({
    stateDir,
    hostEnv: options.hostEnv,
    onProgress: options.onProgress,
  });
  // A demo gateway that dies is started again on the same port and token: the bridge reconnects.
  const gateway = supervise(
    first,
    () => startScriptedGateway({ stateDir, hostEnv: options.hostEnv, port: first.port, token: first.token }),
    { name: "demo gateway", log: options.log },
  );
  let driver: ReturnType<typeof createDemoDriver> | null = null;
  return {
    url: first.gatewayUrl,
    token: first.token,
    drive(operations) {
      driver = createDemoDriver({
        createSession: (key, label) => operations.ensureSession(key, label),
        send: async (sessionKey, message) => void (await operations.sendMessage(sessionKey, message)),
        log: options.log,
      });
      driver.start();
    },
    async stopDriving() {
      await driver?.stop();
    },
    stop: () => gateway.stop(),
  };
}
