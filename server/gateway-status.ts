import type { GatewayStatus } from "@/lib/health";

/**
 * The one gateway status the UI sees: the bridge's connection state, plus the demo's
 * start-up progress before there is a bridge to ask.
 */
export function createGatewayStatus(options: {
  url: string | null;
  demo: boolean;
  onChange: (s: GatewayStatus) => void;
}) {
  let connection: GatewayStatus = {
    state: "connecting",
    url: options.url,
    protocol: null,
    serverVersion: null,
    error: null,
    demo: options.demo,
    retryAt: null,
    startup: null,
  };
  let startup: GatewayStatus["startup"] = null;

  const current = (): GatewayStatus => ({ ...connection, startup });
  return {
    current,
    connection(status: GatewayStatus): void {
      connection = status;
      options.onChange(current());
    },
    startup(step: string, done = false): void {
      startup = { step, done };
      options.onChange(current());
    },
    failed(reason: string): void {
      connection = { ...connection, state: "error", error: reason };
      options.onChange(current());
    },
  };
}
