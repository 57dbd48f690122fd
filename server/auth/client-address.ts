import type { IncomingMessage } from "node:http";
import { BlockList, isIP } from "node:net";
import type { Subnet } from "../config";

export interface ClientAddress {
  /** The address to record: the peer's, or behind a trusted proxy the client it forwarded for. */
  address: string;
  /** Whether the peer is one of SWITCHBOARD_TRUSTED_PROXIES (so its forwarded headers count). */
  fromTrustedProxy: boolean;
}

/**
 * Where a request comes from. Forwarded headers are believed only from the configured
 * proxies (Node's own BlockList matches the CIDRs); anyone else can write them.
 */
export function createClientAddress(proxies: readonly Subnet[]) {
  const trusted = new BlockList();
  for (const s of proxies) trusted.addSubnet(s.address, s.prefix, s.family);
  const isTrusted = (address: string) => {
    const version = isIP(address);
    return version !== 0 && trusted.check(address, version === 6 ? "ipv6" : "ipv4");
  };

  return (req: IncomingMessage): ClientAddress => {
    const peer = plainAddress(req.socket?.remoteAddress ?? "");
    if (!isTrusted(peer)) return { address: peer, fromTrustedProxy: false };
    // The rightmost address the trusted proxies did not add themselves is the client.
    const forwarded = String(req.headers["x-forwarded-for"] ?? "")
      .split(",")
      .map((a) => plainAddress(a.trim()))
      .filter(Boolean);
    const client = forwarded.reverse().find((a) => !isTrusted(a));
    return { address: client ?? peer, fromTrustedProxy: true };
  };
}

/** `::ffff:127.0.0.1` (an IPv4 peer on a dual-stack socket) is 127.0.0.1. */
function plainAddress(address: string): string {
  return address.startsWith("::ffff:") && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

export type ClientAddressOf = ReturnType<typeof createClientAddress>;
