import { setTimeout as sleep } from "node:timers/promises";
import { GatewayClient } from "@openclaw/gateway-client";
import type { EventFrame, HelloOk } from "@openclaw/gateway-protocol";
import { errorMessage } from "@/lib/errors";

export interface CliClient {
  hello: HelloOk;
  request<T = Record<string, unknown>>(method: string, params: unknown): Promise<T>;
  stop(): Promise<void>;
}

/**
 * OpenClaw's own client as a device-less `cli` operator: on direct loopback with the shared
 * token it keeps its scopes (docs/gateway-offline.md). `onFrame` sees every event frame, and the
 * hello and every response as `res` frames keyed by method (the client hides raw response ids).
 */
export async function connectCliClient(options: {
  url: string;
  token: string;
  onFrame(frame: unknown): void;
  timeoutMs?: number;
}): Promise<CliClient> {
  const { url, token, onFrame, timeoutMs = 15_000 } = options;
  let resolveHello: (hello: HelloOk) => void = () => {};
  const helloReceived = new Promise<HelloOk>((resolve) => (resolveHello = resolve));
  const client = new GatewayClient({
    url,
    token,
    clientName: "cli",
    mode: "cli",
    deviceIdentity: null,
    scopes: ["operator.read", "operator.write", "operator.admin"],
    caps: ["tool-events"],
    minProtocol: 4,
    maxProtocol: 4,
    onHelloOk: (hello) => {
      onFrame({ type: "res", id: "connect", ok: true, payload: hello });
      resolveHello(hello);
    },
    onEvent: (event: EventFrame) => onFrame(event),
  });
  client.start();
  const cancelTimer = new AbortController();
  const timedOut = sleep(timeoutMs, undefined, { signal: cancelTimer.signal }).then(
    () => undefined,
    () => undefined,
  );
  const hello = await Promise.race([helloReceived, timedOut]);
  cancelTimer.abort();
  if (!hello) {
    client.stop();
    throw new Error(`no hello-ok from ${url} within ${timeoutMs} ms`);
  }
  return {
    hello,
    async request<T>(method: string, params: unknown) {
      try {
        const payload = await client.request<T>(method, params);
        onFrame({ type: "res", id: method, ok: true, payload });
        return payload;
      } catch (error) {
        onFrame({ type: "res", id: method, ok: false, error: { message: errorMessage(error) } });
        throw error;
      }
    },
    stop: () => client.stopAndWait({ timeoutMs: 2_000 }),
  };
}
