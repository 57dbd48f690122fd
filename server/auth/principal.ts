import type { Role } from "@/lib/auth";
import type { Me } from "@/lib/auth";

/** Who a request or socket acts as, and which credential says so. */
export interface Principal {
  name: string;
  role: Role;
  via: Me["via"];
  /** The credential's identity (a session's or token's hash, a token id), to revoke its sockets. */
  credentialId: string;
  /** When the credential stops working (a session's expiry); null for tokens. */
  expiresAt: number | null;
}

/** A request refused by access control, with the API code, a message, and headers such as Retry-After. */
export class AccessRefusal extends Error {
  constructor(
    readonly code:
      "UNAUTHENTICATED" | "NOT_PERMITTED" | "RATE_LIMITED" | "UNSUPPORTED_MEDIA_TYPE" | "URI_TOO_LONG",
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
