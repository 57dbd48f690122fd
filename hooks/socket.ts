import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/socket";

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | null = null;

/**
 * The one socket to Switchboard (same origin, `/socket.io/`). Created on first use, which only
 * happens in the browser (effects and client snapshots); it connects and reconnects by itself.
 */
export function getSocket(): AppSocket {
  if (typeof window === "undefined") throw new Error("The Switchboard socket exists only in the browser");
  socket ??= io({ autoConnect: true });
  return socket;
}
