import { dirname, delimiter, join } from "node:path";
import { ensurePrivateDir, writePrivateFile } from "../auth/private-files";
import type { HostEnv } from "../config";

export interface GatewayConfigOptions {
  stateDir: string;
  modelBaseUrl: string;
  port: number;
  token: string;
}

/** Where everything the gateway writes goes, so nothing lands in the real HOME or in the shared /tmp. */
export interface GatewayPaths {
  configPath: string;
  home: string;
  tmpDir: string;
  logFile: string;
}

const FAKE_MODEL_REF = "fake/fake-model";

function gatewayPaths(stateDir: string): GatewayPaths {
  return {
    configPath: join(stateDir, "openclaw.json"),
    home: join(stateDir, "home"),
    tmpDir: join(stateDir, "tmp"),
    logFile: join(stateDir, "logs", "gateway.log"),
  };
}

/**
 * Writes the offline config (docs/gateway-offline.md) and creates the private folders: the
 * config holds the gateway's token, so only the user running Switchboard may read it.
 */
export function writeGatewayConfig(options: GatewayConfigOptions): GatewayPaths {
  const paths = gatewayPaths(options.stateDir);
  for (const dir of [options.stateDir, paths.home, paths.tmpDir, join(options.stateDir, "logs")])
    ensurePrivateDir(dir);
  writePrivateFile(paths.configPath, `${JSON.stringify(gatewayConfig(options, paths), null, 2)}\n`);
  return paths;
}

function gatewayConfig({ modelBaseUrl, port, token }: GatewayConfigOptions, paths: GatewayPaths) {
  return {
    gateway: {
      mode: "local",
      port,
      bind: "loopback",
      auth: { mode: "token", token },
      tailscale: { mode: "off" },
    },
    update: { checkOnStart: false, auto: { enabled: false } },
    telemetry: { enabled: false },
    logging: { file: paths.logFile },
    models: {
      mode: "merge",
      // The only network call the default config makes is this catalog refresh.
      catalogRefresh: { enabled: false },
      providers: {
        fake: { baseUrl: modelBaseUrl, apiKey: "sk-local", api: "openai-completions", models: [FAKE_MODEL] },
      },
    },
    // Scripted runs are cheap: more parallel runs than the CPU-derived default (8 on 2 cores), so
    // a long-sleeping test run never holds another one queued at the gateway's run capacity.
    agents: {
      defaults: { model: { primary: FAKE_MODEL_REF }, heartbeat: { every: "0m" }, maxConcurrent: 32 },
    },
    // With Tool Search on, sessions_send is hidden behind tool_call; the script calls tools directly.
    tools: { toolSearch: false },
  };
}

const FAKE_MODEL = {
  id: "fake-model",
  name: "Fake Model",
  reasoning: false,
  input: ["text"],
  cost: { input: 0, output: 0, cacheRead: 0, cacheWrite: 0 },
  contextWindow: 128000,
  maxTokens: 4096,
};

/**
 * The environment of docs/gateway-offline.md: private HOME and temp dir, no updates, telemetry,
 * mDNS or downloads. Node 24 goes first on PATH in case the gateway starts `node` helpers by name.
 */
export function gatewayEnv(
  stateDir: string,
  paths: GatewayPaths,
  nodeBinary: string,
  host: HostEnv,
): NodeJS.ProcessEnv {
  return {
    PATH: [dirname(nodeBinary), host.PATH].filter(Boolean).join(delimiter),
    LANG: host.LANG,
    // Passed through unchanged (Next's types make it a required key of every env object).
    NODE_ENV: host.NODE_ENV as NodeJS.ProcessEnv["NODE_ENV"],
    HOME: paths.home,
    TMPDIR: paths.tmpDir,
    OPENCLAW_STATE_DIR: stateDir,
    OPENCLAW_CONFIG_PATH: paths.configPath,
    OPENCLAW_NO_AUTO_UPDATE: "1",
    DO_NOT_TRACK: "1",
    OPENCLAW_DISABLE_BONJOUR: "1",
    OPENCLAW_OFFLINE: "1",
    OPENCLAW_SKIP_CHANNELS: "1",
  };
}
