"use client";

import { gatewayView } from "@/lib/gateway-view";
import { useHealth } from "./use-health";
import { useSocketState } from "./use-socket-state";

/** The gateway connection as the top bar, the connection banner and the stale marking show it. */
export function useGatewayView() {
  const gateway = useHealth().data?.gateway;
  return { gateway, view: gatewayView(gateway, useSocketState()) };
}
