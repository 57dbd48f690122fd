import type { IncomingMessage } from "node:http";

export type Identify = (req: IncomingMessage) => string;

/**
 * Who is asking. Never from the request body: either the configured operator name, or, when
 * Switchboard runs behind an authenticating proxy, the user header that proxy sets.
 */
export function createIdentify(options: { user: string; trustedUserHeader: string | null }): Identify {
  return (req) => {
    if (!options.trustedUserHeader) return options.user;
    const value = req.headers[options.trustedUserHeader.toLowerCase()];
    const user = Array.isArray(value) ? value[0] : value;
    return user && user.trim().length > 0 ? user.trim() : options.user;
  };
}
