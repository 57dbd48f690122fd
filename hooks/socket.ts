import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, ServerToClientEvents } from "@/lib/socket";
import { goToSignIn } from "./sign-in-redirect";

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | null = null;

/**
 * The one socket to Switchboard (same origin, `/socket.io/`, the session cookie with it).
 * Created on first use, which only happens in the browser (effects and client snapshots); it
 * connects and reconnects by itself. Refused for want of a sign-in, it goes to sign in.
 */
export function getSocket(): AppSocket {
  if (typeof window === "undefined") throw new Error("The Switchboard socket exists only in the browser");
  if (!socket) {
    socket = io({ autoConnect: true });
    socket.on("connect_error", (error) => {
      if (error.message.startsWith("UNAUTHENTICATED")) goToSignIn();
    });
  }
  return socket;
}
