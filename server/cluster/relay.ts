import type { Gap } from "@/lib/gaps";
import type { GatewayStatus } from "@/lib/health";
import type { Listener } from "../realtime/fan-out";
import type { HubServer } from "../realtime/hub";

const CHANGE = "switchboard:change";
const KINDS = ["events", "runs", "hops", "sessions", "alerts"] as const;
type Kind = (typeof KINDS)[number];

/** What the other instances are told: the committed changes, gaps and the gateway's status. */
export interface Relayed extends Required<Listener> {
  gap(gap: Gap): void;
  gateway(status: GatewayStatus): void;
}

/**
 * Carries what one instance committed or learnt to the others over the Redis adapter
 * (serverSideEmit), where it feeds their own hubs and streams, which emit to their own sockets
 * only. So a browser on any instance gets every event once, whichever instance ingests.
 */
export function createRelay(io: HubServer) {
  const send =
    (kind: string) =>
    (items: unknown): void =>
      void io.serverSideEmit(CHANGE, kind, items);
  const out = Object.fromEntries([...KINDS, "gap", "gateway"].map((k) => [k, send(k)])) as unknown as Relayed;
  return {
    /** This instance's side: a fan-out listener that sends each change on. */
    out,
    /** Feeds another instance's changes into `into`. */
    receive(into: Relayed): void {
      io.on(CHANGE, (kind: Kind | "gap" | "gateway", items: unknown) => into[kind]?.(items as never));
    },
  };
}
