import { ConfigError } from "../config";

/** 127.0.0.0/8, ::1 and localhost: only this machine can connect. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}

/**
 * Listening beyond loopback needs accounts for the people who will connect: users with
 * passwords, named API tokens, or an authenticating proxy. The admin token alone is not
 * enough: one shared secret for everyone, with every right, and no name in the audit trail.
 */
export function assertSafeExposure(
  host: string,
  configured: { users: number; apiTokens: number; trustedProxies: number },
): void {
  if (isLoopback(host)) return;
  if (configured.users > 0 || configured.apiTokens > 0 || configured.trustedProxies > 0) return;
  throw new ConfigError(
    `HOST=${host} lets other machines connect: first configure users with passwords ("users" in switchboard.config.json), a named API token, or SWITCHBOARD_TRUSTED_PROXIES for an authenticating proxy.`,
  );
}
