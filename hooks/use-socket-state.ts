"use client";

import { useSyncExternalStore } from "react";
import type { SocketState } from "@/lib/gateway-view";
import { getSocket } from "./socket";

let everConnected = false;

function subscribe(onChange: () => void) {
  const socket = getSocket();
  if (socket.connected) everConnected = true;
  const onConnect = () => {
    everConnected = true;
    onChange();
  };
  socket.on("connect", onConnect);
  socket.on("disconnect", onChange);
  return () => {
    socket.off("connect", onConnect);
    socket.off("disconnect", onChange);
  };
}

function snapshot(): SocketState {
  if (getSocket().connected) return "up";
  return everConnected ? "down" : "pending";
}

/** Whether the browser's socket to Switchboard is up, not there yet, or lost after being up. */
export function useSocketState(): SocketState {
  return useSyncExternalStore(subscribe, snapshot, () => "pending");
}
