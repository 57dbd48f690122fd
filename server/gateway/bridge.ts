import { GatewayClient, type GatewayClientOptions } from "@openclaw/gateway-client";
import { PROTOCOL_VERSION } from "@openclaw/gateway-protocol/version";
import { errorMessage } from "@/lib/errors";
import type { GatewayStatus } from "@/lib/health";
import {
  loadOrCreateDeviceIdentity,
  publicKeyRawBase64UrlFromPem,
  signDevicePayload,
} from "./device-identity";
import { SessionsListResult, type InboundFrame, type SessionRow } from "./frames";
import { createStatusTracker } from "./status";

/** Protocol versions this bridge understands; anything else is an error state, not a crash. */
const SUPPORTED_PROTOCOLS: readonly number[] = [PROTOCOL_VERSION];

export interface GatewayBridgeOptions {
  url: string;
  token: string | null;
  identityFile: string;
  demo: boolean;
  onFrame: (frame: InboundFrame) => void;
  onSessions: (rows: SessionRow[]) => void;
  onStatus: (status: GatewayStatus) => void;
  /** What tells a gap in the event stream: a lost link, a (re)subscribed one, a skipped frame. */
  onLink?: (event: LinkEvent) => void;
  log: (line: string) => void;
}

export type LinkEvent =
  | { type: "lost"; at: number }
  /** Subscribed again; `bootedAt`: when this gateway process started (from its uptime). */
  | { type: "subscribed"; at: number; bootId: string | null; bootedAt: number | null }
  | { type: "seq_jump"; at: number; expected: number; received: number };

export interface GatewayBridge {
  start(): void;
  stop(): Promise<void>;
  status(): GatewayStatus;
  /** The scopes the gateway granted in hello-ok; null before the first one. */
  grantedScopes(): string[] | null;
  request<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T>;
}

/**
 * The operator connection to the gateway, on OpenClaw's own client (handshake, device
 * signature, request correlation, tick watchdog, reconnect backoff 1 s → 30 s, retry while
 * the gateway is starting). This module adds what the product needs on top: the event
 * subscription, the session catalog seed, and a status the UI can show.
 */
export function createGatewayBridge(options: GatewayBridgeOptions): GatewayBridge {
  const tracker = createStatusTracker({ url: options.url, demo: options.demo, onChange: options.onStatus });
  const identity = loadOrCreateDeviceIdentity(options.identityFile);
  let client: GatewayClient | null = null;
  let scopes: string[] | null = null;

  const clientOptions: GatewayClientOptions = {
    url: options.url,
    token: options.token ?? undefined,
    clientName: "gateway-client",
    mode: "backend",
    clientDisplayName: "Switchboard",
    clientVersion: "0.1.0",
    role: "operator",
    scopes: ["operator.read", "operator.write", "operator.admin"],
    // Not `session-scoped-events`: with it, runs of sessions we did not join go silent.
    caps: ["tool-events"],
    minProtocol: Math.min(...SUPPORTED_PROTOCOLS),
    maxProtocol: Math.max(...SUPPORTED_PROTOCOLS),
    deviceIdentity: identity,
    hostDeps: { signDevicePayload, publicKeyRawBase64UrlFromPem, logDebug: () => {}, logError: options.log },
    notifyOnStartupRetry: true,
    onEvent: (frame) =>
      options.onFrame({ event: frame.event, payload: frame.payload, receivedAt: Date.now() }),
    onHelloOk: (hello) => {
      scopes = hello.auth?.scopes ?? null;
      const at = Date.now();
      const uptime = (hello.snapshot as { uptimeMs?: unknown } | undefined)?.uptimeMs;
      void onHello(hello.protocol, hello.server?.version ?? null, {
        type: "subscribed",
        at,
        bootId: (hello.server as { bootId?: string } | undefined)?.bootId ?? null,
        bootedAt: typeof uptime === "number" ? at - uptime : null,
      });
    },
    onConnectError: (error) => tracker.failed(describeConnectError(error)),
    onClose: (code, reason) => {
      options.onLink?.({ type: "lost", at: Date.now() });
      tracker.disconnected(code === 4000 ? "missed gateway ticks" : reason || `closed (${code})`);
    },
    onReconnectPaused: (info) =>
      tracker.error(`gateway refused the connection: ${info.detailCode ?? info.reason}`),
    onGap: (gap) => {
      options.log(`gateway event gap: expected seq ${gap.expected}, got ${gap.received}; backfilling`);
      options.onLink?.({ type: "seq_jump", at: Date.now(), ...gap });
    },
  };

  async function onHello(
    protocol: number,
    serverVersion: string | null,
    subscribed: Extract<LinkEvent, { type: "subscribed" }>,
  ): Promise<void> {
    if (!SUPPORTED_PROTOCOLS.includes(protocol)) {
      tracker.error(
        `the gateway speaks protocol ${protocol}; Switchboard supports ${SUPPORTED_PROTOCOLS.join(", ")}`,
      );
      client?.stop();
      return;
    }
    try {
      await request("sessions.subscribe", {});
      await seedSessions();
      options.onLink?.(subscribed);
      tracker.connected(protocol, serverVersion);
    } catch (error) {
      tracker.error(`subscribing to the gateway failed: ${errorMessage(error)}`);
    }
  }

  async function seedSessions(): Promise<void> {
    const result = SessionsListResult.safeParse(await request("sessions.list", { limit: 500 }));
    if (result.success) options.onSessions(result.data.sessions);
    else options.log(`sessions.list answered in an unexpected shape: ${result.error.message}`);
  }

  function request<T>(method: string, params: Record<string, unknown>): Promise<T> {
    if (!client) return Promise.reject(new Error("the gateway bridge is not started"));
    return client.request<T>(method, params);
  }

  return {
    start() {
      tracker.connecting();
      client = new GatewayClient(clientOptions);
      client.start();
    },
    async stop() {
      const current = client;
      client = null;
      await current?.stopAndWait({ timeoutMs: 2000 });
    },
    status: tracker.current,
    grantedScopes: () => scopes,
    request: (method, params) => request(method, params),
  };
}

function describeConnectError(error: Error): string {
  const details = (error as { details?: { code?: string } }).details;
  return details?.code ? `${error.message} (${details.code})` : error.message;
}
