import { z } from "zod";

const GatewayState = z.enum(["connecting", "connected", "disconnected", "error"]);

/** What the browser is told about the bridge to the gateway. */
export const GatewayStatus = z.object({
  state: GatewayState,
  url: z.string().nullable(),
  protocol: z.number().int().nullable(),
  serverVersion: z.string().nullable(),
  error: z.string().nullable(),
  /** True when Switchboard started its own demo gateway because none was configured. */
  demo: z.boolean(),
  /** Epoch ms of the next reconnect attempt, while disconnected. */
  retryAt: z.number().nullable(),
  /** Demo start-up progress, shown while the local gateway boots. */
  startup: z.object({ step: z.string(), done: z.boolean() }).nullable(),
  /** Why the store refuses writes (locked, disk full); null while it takes them. */
  storeError: z.string().nullable().default(null),
});
export type GatewayStatus = z.infer<typeof GatewayStatus>;

/** The status before the first connection attempt has an answer. */
export function connectingStatus(url: string | null, demo: boolean): GatewayStatus {
  return {
    state: "connecting",
    url,
    protocol: null,
    serverVersion: null,
    error: null,
    demo,
    retryAt: null,
    startup: null,
    storeError: null,
  };
}

/** Which instance answered, and whether it is the one ingesting from the gateway. */
export const InstanceInfo = z.object({ id: z.string(), leader: z.boolean() });
export type InstanceInfo = z.infer<typeof InstanceInfo>;

export const Health = z.object({
  ok: z.boolean(),
  instance: InstanceInfo,
  gateway: GatewayStatus,
  store: z.object({
    kind: z.string(),
    events: z.number().int().nonnegative(),
    state: z.enum(["ok", "error"]),
    error: z.string().nullable(),
  }),
});
export type Health = z.infer<typeof Health>;
