import { randomBytes } from "node:crypto";
import type { HostEnv } from "../config";
import { findFreePort } from "./free-port";
import { gatewayEnv, writeGatewayConfig } from "./gateway-config";
import { spawnGatewayProcess } from "./gateway-process";
import { waitForGatewayReady } from "./gateway-readiness";
import { REPO_ROOT } from "../repo-root";
import { assertGatewayInstalled, OPENCLAW_ENTRY, resolveGatewayNode } from "./runtime-paths";

export interface LocalGatewayOptions {
  /** Private folder for config, state, HOME, temp files and logs. */
  stateDir: string;
  /** The scripted model's base URL (ends in /v1). */
  modelBaseUrl: string;
  /** 0 or undefined: pick a free port. */
  port?: number;
  token?: string;
  onProgress?: (step: string) => void;
  /** PATH, LANG and NODE_ENV of Switchboard's own environment (server/config.ts reads them). */
  hostEnv: HostEnv;
  /** Measured: 7–11 s on 2 cores, more while other work competes for the CPU. */
  readyTimeoutMs?: number;
}

export interface LocalGateway {
  url: string;
  token: string;
  port: number;
  pid: number;
  /** Resolves when the gateway process has exited, with its exit code or signal. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** Starts the real `openclaw gateway run`, offline, against the scripted model. */
export async function startLocalGateway(options: LocalGatewayOptions): Promise<LocalGateway> {
  const progress = options.onProgress ?? (() => {});
  assertGatewayInstalled();
  const port = options.port || (await findFreePort());
  const token = options.token ?? randomBytes(24).toString("hex");
  progress("writing gateway config");
  const paths = writeGatewayConfig({
    stateDir: options.stateDir,
    modelBaseUrl: options.modelBaseUrl,
    port,
    token,
  });
  const node = resolveGatewayNode();
  progress("starting gateway process");
  // The token goes by the environment (what --token would set), never the command line: every
  // local user can read a process's command line, only its owner its environment.
  const args = [
    OPENCLAW_ENTRY,
    "gateway",
    "run",
    "--port",
    String(port),
    "--bind",
    "loopback",
    "--auth",
    "token",
  ];
  const gateway = await spawnGatewayProcess(
    node,
    args,
    { ...gatewayEnv(options.stateDir, paths, node, options.hostEnv), OPENCLAW_GATEWAY_TOKEN: token },
    REPO_ROOT,
  );
  progress("waiting for gateway ready");
  try {
    await waitForGatewayReady(gateway, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await gateway.stop();
    throw error;
  }
  progress("gateway ready");
  return {
    url: `ws://127.0.0.1:${port}`,
    token,
    port,
    pid: gateway.pid,
    exited: gateway.exited,
    stop: () => gateway.stop(),
  };
}
