import type { IncomingHttpHeaders } from "node:http";
import { isIP } from "node:net";

/**
 * Checks on a request's headers alone (pure). They stop DNS rebinding (a foreign Host) and
 * cross-site requests (Origin, Sec-Fetch-Site), which a cookie alone cannot tell apart.
 */

/** The host name of a Host header (`[::1]:3000` → `::1`), lower case. */
function hostName(host: string): string {
  const bracketed = /^\[([^\]]+)\](:\d+)?$/.exec(host);
  return (bracketed ? bracketed[1]! : host.replace(/:\d+$/, "")).toLowerCase();
}

/**
 * A Host Switchboard answers to: an IP literal (a rebinding attack needs a name it controls),
 * or one of `names` (localhost, the listen address, SWITCHBOARD_ALLOWED_HOSTS).
 */
export function hostAllowed(host: string | undefined, names: ReadonlySet<string>): boolean {
  if (!host) return false;
  const name = hostName(host);
  return isIP(name) !== 0 || names.has(name);
}

/**
 * Why a request is cross-site, or null when it is not. A browser marks its requests with
 * Sec-Fetch-Site and Origin; scripts (curl, fetch in Node) send neither, and use a bearer token.
 * Same origin means the same host and port as the Host header (or the trusted proxy's
 * X-Forwarded-Host), or exactly one of `publicHosts` (SWITCHBOARD_ALLOWED_HOSTS, behind a
 * TLS proxy): another port on the same machine is another origin.
 */
export function crossSiteReason(
  headers: IncomingHttpHeaders,
  hosts: { forwardedHost: string | null; publicHosts: ReadonlySet<string> },
): string | null {
  const site = headers["sec-fetch-site"];
  if (site && site !== "same-origin" && site !== "none") return `a ${site} request from another page`;
  const origin = headers.origin;
  if (origin === undefined) return null;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return `a request from origin ${origin}`;
  }
  const same =
    originHost === (headers.host ?? "").toLowerCase() ||
    originHost === hosts.forwardedHost?.toLowerCase() ||
    hosts.publicHosts.has(originHost);
  return same ? null : `a request from ${origin}`;
}

/** Mutating requests must be JSON: a form or a text/plain fetch from another site never is. */
export function isJsonContentType(contentType: string | undefined): boolean {
  return /^application\/json\s*(;|$)/i.test(contentType ?? "");
}
