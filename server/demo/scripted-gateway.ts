import { startLocalGateway, type LocalGatewayOptions } from "./openclaw-gateway";
import { startScriptedModel } from "./scripted-model";

export interface ScriptedGateway {
  gatewayUrl: string;
  token: string;
  port: number;
  pid: number;
  modelBaseUrl: string;
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
    return {
      gatewayUrl: gateway.url,
      token: gateway.token,
      port: gateway.port,
      pid: gateway.pid,
      modelBaseUrl: model.baseUrl,
      stop: () => (stopped ??= gateway.stop().then(() => model.close())),
    };
  } catch (error) {
    await model.close();
    throw error;
  }
}
