import { connectingStatus, type GatewayStatus } from "@/lib/health";

/** Reconnect delays of OpenClaw's client: 1 s doubling to 30 s. Used to show a countdown. */
const BACKOFF_MS = { min: 1000, max: 30_000 };

/** Keeps the bridge's state as the UI shows it, and tells whoever listens when it changes. */
export function createStatusTracker(options: {
  url: string;
  demo: boolean;
  onChange: (s: GatewayStatus) => void;
}) {
  let attempts = 0;
  let status: GatewayStatus = connectingStatus(options.url, options.demo);

  function set(patch: Partial<GatewayStatus>): void {
    status = { ...status, ...patch };
    options.onChange(status);
  }

  return {
    current: (): GatewayStatus => status,
    connecting: () => set({ state: "connecting", error: null, retryAt: null }),
    connected(protocol: number, serverVersion: string | null) {
      attempts = 0;
      set({ state: "connected", protocol, serverVersion, error: null, retryAt: null });
    },
    disconnected(reason: string) {
      if (status.state === "error") return; // a refused protocol or credential stays an error
      const delay = Math.min(BACKOFF_MS.max, BACKOFF_MS.min * 2 ** attempts);
      attempts += 1;
      set({ state: "disconnected", error: reason, retryAt: Date.now() + delay });
    },
    failed(reason: string) {
      set({ error: reason });
    },
    error(reason: string) {
      set({ state: "error", error: reason, retryAt: null });
    },
  };
}
