import { startLocalGateway, type LocalGatewayOptions } from "./openclaw-gateway";
import { startScriptedModel } from "./scripted-model";

export interface ScriptedGateway {
  gatewayUrl: string;
  token: string;
  port: number;
  pid: number;
  modelBaseUrl: string;
  /** Resolves when the gateway process has exited (its model is closed then too). */
  exited: Promise<string>;
  /** Stops the gateway, then the model it calls; safe to call more than once. */
  stop(): Promise<void>;
}

/** The real gateway wired to a fresh scripted model: what the demo and the test harness both run. */
export async function startScriptedGateway(
  options: Omit<LocalGatewayOptions, "modelBaseUrl">,
): Promise<ScriptedGateway> {
  options.onProgress?.("starting scripted model");
  const model = await startScriptedModel({});
  try {
    const gateway = await startLocalGateway({ ...options, modelBaseUrl: model.baseUrl });
    let stopped: Promise<void> | undefined;
    let modelClosed: Promise<void> | undefined;
    const closeModel = () => (modelClosed ??= model.close());
    return {
      gatewayUrl: gateway.url,
      token: gateway.token,
      port: gateway.port,
      pid: gateway.pid,
      modelBaseUrl: model.baseUrl,
      exited: gateway.exited.then(async (how) => {
        await closeModel();
        return how;
      }),
      stop: () => (stopped ??= gateway.stop().then(closeModel)),
    };
  } catch (error) {
    await model.close();
    throw error;
  }
}
