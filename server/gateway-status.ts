import { connectingStatus, type GatewayStatus } from "@/lib/health";

/**
 * The one gateway status the UI sees: the bridge's connection state, plus the demo's
 * start-up progress before there is a bridge to ask.
 */
export function createGatewayStatus(options: {
  url: string | null;
  demo: boolean;
  onChange: (s: GatewayStatus) => void;
}) {
  let connection: GatewayStatus = connectingStatus(options.url, options.demo);
  let startup: GatewayStatus["startup"] = null;
  let storeError: string | null = null;

  const current = (): GatewayStatus => ({ ...connection, startup, storeError });
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
    /** The store refuses writes (why), or takes them again (null): shown on the same pill. */
    store(error: string | null): void {
      if (error === storeError) return;
      storeError = error;
      options.onChange(current());
    },
    failed(reason: string): void {
      connection = { ...connection, state: "error", error: reason };
      options.onChange(current());
    },
  };
}
