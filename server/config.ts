import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { homedir, hostname, userInfo } from "node:os";
import { join, resolve } from "node:path";
import { z } from "zod";

/** Everything Switchboard reads from its environment. The only file that touches process.env. */
export interface Config {
  host: string;
  port: number;
  dataDir: string;
  dev: boolean;
  /** `switchboard.config.json`: the handoff policies (a missing file means none). */
  policiesFile: string;
  /** The name the admin token acts under (the audit trail's "who" for the local user). */
  user: string;
  auth: AuthConfig;
  /** What a child process started by Switchboard (the demo gateway) inherits from its environment. */
  hostEnv: HostEnv;
  /** Tests only (SWITCHBOARD_TEST_HOLD_AFTER_POST): after posting this note, hold a minute before saving it, so a test can crash Switchboard in between. */
  testHoldAfterPost: "acknowledge" | "confirm" | null;
  /** SWITCHBOARD_DATABASE_URL: the shared PostgreSQL store; null: the embedded SQLite file in dataDir. */
  databaseUrl: string | null;
  /** SWITCHBOARD_REDIS_URL: socket.io's Redis adapter, so every instance's browsers get every event. */
  redisUrl: string | null;
  /** SWITCHBOARD_INSTANCE_ID: this instance's name in health, metrics and the leader lease. */
  instanceId: string;
  /** Where the gateway came from: the environment, the local OpenClaw config, or nowhere (demo). */
  gateway: { url: string; token: string | null; source: "env" | "openclaw-config" } | null;
}

interface AuthConfig {
  /** SWITCHBOARD_TOKEN; null: generate one in the data dir on first start. */
  token: string | null;
  /** Proxies whose forwarded address and user header are believed (SWITCHBOARD_TRUSTED_PROXIES). */
  trustedProxies: Subnet[];
  trustedUserHeader: string | null;
  /** Host names the server answers to besides its listen address, localhost and IP literals. */
  allowedHosts: string[];
  /** Sends, creates and aborts per user and minute. */
  dispatchPerMinute: number;
}

export interface Subnet {
  address: string;
  prefix: number;
  family: "ipv4" | "ipv6";
}

export interface HostEnv {
  PATH?: string;
  LANG?: string;
  NODE_ENV?: string;
}

export class ConfigError extends Error {}

const Env = z.object({
  HOST: z.string().min(1, "a host name or IP address such as 127.0.0.1").default("127.0.0.1"),
  PORT: z.coerce
    .number({ error: "a whole number from 0 to 65535" })
    .int("a whole number from 0 to 65535")
    .min(0, "a whole number from 0 to 65535")
    .max(65535, "a whole number from 0 to 65535")
    .default(3000),
  SWITCHBOARD_DATA_DIR: z.string().min(1, "a folder path").default("./data"),
  OPENCLAW_GATEWAY_URL: z
    .string()
    .regex(/^wss?:\/\/[^\s/]+/, "a WebSocket URL such as ws://127.0.0.1:18789")
    .optional(),
  OPENCLAW_GATEWAY_TOKEN: z.string().min(1, "the gateway's shared token (non-empty)").optional(),
  OPENCLAW_CONFIG_PATH: z.string().min(1).optional(),
  SWITCHBOARD_CONFIG_PATH: z.string().min(1, "a file path").default("./switchboard.config.json"),
  SWITCHBOARD_USER: z.string().trim().min(1, "a user name for the audit trail").optional(),
  SWITCHBOARD_TRUSTED_USER_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, "an HTTP header name such as X-Forwarded-User")
    .optional(),
  SWITCHBOARD_TOKEN: z.string().trim().min(16, "a secret of at least 16 characters").optional(),
  SWITCHBOARD_TRUSTED_PROXIES: z
    .string()
    .transform((text, ctx) => parseSubnets(text, ctx))
    .optional(),
  SWITCHBOARD_ALLOWED_HOSTS: z
    .string()
    .regex(
      /^[\w.:\-[\]]+(\s*,\s*[\w.:\-[\]]+)*$/,
      "host names separated by commas, e.g. switchboard.example.com",
    )
    .optional(),
  SWITCHBOARD_DISPATCH_LIMIT: z.coerce
    .number({ error: "a whole number of actions per minute" })
    .int("a whole number of actions per minute")
    .min(1, "at least 1 action per minute")
    .default(60),
  SWITCHBOARD_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/\S+$/, "a PostgreSQL URL such as postgres://user:password@db:5432/switchboard")
    .optional(),
  SWITCHBOARD_REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\/\S+$/, "a Redis URL such as redis://redis:6379")
    .optional(),
  SWITCHBOARD_INSTANCE_ID: z
    .string()
    .regex(/^[\w.-]{1,64}$/, "a name of letters, digits, '.', '_' or '-' (at most 64)")
    .optional(),
  SWITCHBOARD_TEST_HOLD_AFTER_POST: z.enum(["acknowledge", "confirm"]).optional(),
  NODE_ENV: z.string().optional(),
  PATH: z.string().optional(),
  LANG: z.string().optional(),
});

/** OpenClaw's own config file: only the fields Switchboard needs to find a local gateway. */
const OpenClawFile = z.object({
  gateway: z
    .object({
      port: z.number().int().positive().optional(),
      auth: z.object({ token: z.string().optional() }).optional(),
    })
    .optional(),
});

export function loadConfig(env: Readonly<Record<string, string | undefined>> = process.env): Config {
  const parsed = Env.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: expected ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const e = parsed.data;
  if (e.SWITCHBOARD_TRUSTED_USER_HEADER && !e.SWITCHBOARD_TRUSTED_PROXIES) {
    throw new ConfigError(
      "Invalid configuration:\n  SWITCHBOARD_TRUSTED_USER_HEADER: needs SWITCHBOARD_TRUSTED_PROXIES, the proxy addresses (CIDR) it may come from",
    );
  }
  return {
    host: e.HOST,
    port: e.PORT,
    dataDir: resolve(e.SWITCHBOARD_DATA_DIR),
    dev: e.NODE_ENV === "development",
    policiesFile: resolve(e.SWITCHBOARD_CONFIG_PATH),
    user: e.SWITCHBOARD_USER ?? `${userInfo().username} (local)`,
    auth: {
      token: e.SWITCHBOARD_TOKEN ?? null,
      trustedProxies: e.SWITCHBOARD_TRUSTED_PROXIES ?? [],
      trustedUserHeader: e.SWITCHBOARD_TRUSTED_USER_HEADER ?? null,
      allowedHosts: (e.SWITCHBOARD_ALLOWED_HOSTS ?? "")
        .split(",")
        .map((h) => h.trim().toLowerCase())
        .filter(Boolean),
      dispatchPerMinute: e.SWITCHBOARD_DISPATCH_LIMIT,
    },
    hostEnv: { PATH: e.PATH, LANG: e.LANG, NODE_ENV: e.NODE_ENV },
    testHoldAfterPost: e.SWITCHBOARD_TEST_HOLD_AFTER_POST ?? null,
    databaseUrl: e.SWITCHBOARD_DATABASE_URL ?? null,
    redisUrl: e.SWITCHBOARD_REDIS_URL ?? null,
    instanceId: e.SWITCHBOARD_INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    gateway: e.OPENCLAW_GATEWAY_URL
      ? { url: e.OPENCLAW_GATEWAY_URL, token: e.OPENCLAW_GATEWAY_TOKEN ?? null, source: "env" }
      : discoverLocalGateway(e.OPENCLAW_CONFIG_PATH ?? join(homedir(), ".openclaw", "openclaw.json")),
  };
}

/** A gateway configured on this machine by OpenClaw itself: its port and token, if any. */
function discoverLocalGateway(path: string): Config["gateway"] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`OPENCLAW_CONFIG_PATH: ${path} is not valid JSON`);
  }
  const file = OpenClawFile.safeParse(json);
  if (!file.success)
    throw new ConfigError(`OPENCLAW_CONFIG_PATH: ${path} has an unexpected "gateway" section`);
  const port = file.data.gateway?.port ?? 18789;
  return {
    url: `ws://127.0.0.1:${port}`,
    token: file.data.gateway?.auth?.token ?? null,
    source: "openclaw-config",
  };
}

/** `10.0.0.0/8, 192.168.1.10, fd00::/8` → subnets; an IP without a prefix is one address. */
function parseSubnets(text: string, ctx: z.RefinementCtx): Subnet[] {
  const subnets: Subnet[] = [];
  for (const item of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = "", prefixText] = item.split("/");
    const version = isIP(address);
    const max = version === 6 ? 128 : 32;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (version === 0 || !Number.isInteger(prefix) || prefix < 0 || prefix > max) {
      ctx.addIssue({
        code: "custom",
        message: `proxy addresses in CIDR form such as 10.0.0.0/8 (not ${item})`,
      });
      return [];
    }
    subnets.push({ address, prefix, family: version === 6 ? "ipv6" : "ipv4" });
  }
  return subnets;
}

/** `PORT=` in a shell means "not set", not "the empty string". */
function blankToUndefined(
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));
}
