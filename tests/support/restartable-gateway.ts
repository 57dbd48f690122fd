import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLocalGateway, type LocalGateway } from "@/server/demo/openclaw-gateway";
import { startScriptedModel } from "@/server/demo/scripted-model";

/**
 * The real gateway on the scripted model, which a test can SIGKILL mid-run and start again on
 * the same port, token and state dir (a crash and a restart as an operator's supervisor does).
 */
export async function startRestartableGateway() {
  const stateDir = mkdtempSync(join(tmpdir(), "switchboard-restart-"));
  const model = await startScriptedModel({});
  const start = (port?: number, token?: string) =>
    startLocalGateway({ stateDir, modelBaseUrl: model.baseUrl, hostEnv: process.env, port, token });
  let gateway: LocalGateway = await start();
  const { port, token, url } = gateway;
  return {
    url,
    token,
    /** SIGKILL to the gateway's process group: no goodbye, no flush. */
    async kill(): Promise<void> {
      const pid = gateway.pid;
      process.kill(-pid, "SIGKILL");
      await gateway.stop();
    },
    async restart(): Promise<void> {
      gateway = await start(port, token);
    },
    async stop(): Promise<void> {
      await gateway.stop();
      await model.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}

export type RestartableGateway = Awaited<ReturnType<typeof startRestartableGateway>>;
