import type { GatewayStatus } from "./health";

/** What the top bar's gateway pill says. Pure. */

export type PillState = "live" | "reconnecting" | "error" | "connecting";

/** The browser's own socket to Switchboard: not yet connected, connected, or lost after connecting. */
export type SocketState = "pending" | "up" | "down";

export interface GatewayView {
  state: PillState;
  /** Why, for the hover title and the error pill; null when there is nothing to add. */
  detail: string | null;
  /** Epoch ms of the next reconnect attempt, for the countdown. */
  retryAt: number | null;
}

export function gatewayView(status: GatewayStatus | undefined, socket: SocketState): GatewayView {
  if (socket === "down") {
    return {
      state: "reconnecting",
      detail: "Lost the connection to Switchboard; reconnecting",
      retryAt: null,
    };
  }
  if (!status) return { state: "connecting", detail: null, retryAt: null };
  if (status.storeError) {
    return { state: "error", detail: `The database refuses writes: ${status.storeError}`, retryAt: null };
  }
  switch (status.state) {
    case "connected":
      return { state: "live", detail: describeGateway(status), retryAt: null };
    case "disconnected":
      return {
        state: "reconnecting",
        detail: status.error ?? "The gateway connection dropped",
        retryAt: status.retryAt,
      };
    case "error":
      return {
        state: "error",
        detail: status.error ?? "The gateway reported an error",
        retryAt: status.retryAt,
      };
    case "connecting":
      return { state: "connecting", detail: status.url, retryAt: null };
  }
}

/** The demo's start-up step while it is still booting, else null. */
export function startupStep(status: GatewayStatus | undefined): string | null {
  return status?.startup && !status.startup.done ? status.startup.step : null;
}

function describeGateway(status: GatewayStatus): string | null {
  const parts = [
    status.url,
    status.serverVersion && `OpenClaw ${status.serverVersion}`,
    status.protocol !== null && `protocol ${status.protocol}`,
  ];
  const text = parts.filter(Boolean).join(" · ");
  return text.length > 0 ? text : null;
}
