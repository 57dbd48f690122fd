import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startScriptedGateway } from "@/server/demo/scripted-gateway";

export interface OpenClawHarness {
  gatewayUrl: string;
  token: string;
  modelBaseUrl: string;
  stateDir: string;
  stop(): Promise<void>;
}

/**
 * The real gateway against the scripted model, in a fresh temp dir that `stop()` deletes.
 * It takes ~10 s and ~1.3 GB, so start one per test file (in `before`), never one per test.
 */
export async function startOpenClawHarness(
  options: { onProgress?: (step: string) => void } = {},
): Promise<OpenClawHarness> {
  const stateDir = mkdtempSync(join(tmpdir(), "switchboard-openclaw-"));
  const removeStateDir = () => rmSync(stateDir, { recursive: true, force: true });
  try {
    const stack = await startScriptedGateway({
      stateDir,
      hostEnv: process.env,
      onProgress: options.onProgress,
    });
    return {
      gatewayUrl: stack.gatewayUrl,
      token: stack.token,
      modelBaseUrl: stack.modelBaseUrl,
      stateDir,
      async stop() {
        await stack.stop();
        removeStateDir();
      },
    };
  } catch (error) {
    removeStateDir();
    throw error;
  }
}
