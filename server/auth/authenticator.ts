import type { IncomingMessage } from "node:http";
import type { ApiToken } from "@/lib/api-tokens";
import type { ConfiguredUser, LoginRequest, Role } from "@/lib/auth";
import type { AuthStore } from "../store/auth-store";
import type { ClientAddressOf } from "./client-address";
import { verifyPassword } from "./passwords";
import { AccessRefusal, type Principal } from "./principal";
import { hashSecret, newSecret, sameSecret } from "./secrets";
import { readSessionCookie } from "./session-cookie";

const SESSION_MS = 7 * 24 * 3600_000;
const LOGIN_CODE_MS = 24 * 3600_000;
/** Checked against a password when the name is unknown, so a wrong name takes as long as a wrong password. */
const DECOY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

/**
 * Who is asking, from one of: a trusted proxy's user header, a bearer token (the admin
 * token or an API token; `auth.token` on a socket), or a browser session cookie. Sign-in
 * turns a token, a one-time login code or a name and password into a session.
 */
export function createAuthenticator(deps: {
  adminToken: string;
  /** The admin token's name in the audit trail. */
  adminName: string;
  users: readonly ConfiguredUser[];
  store: AuthStore;
  trustedUserHeader: string | null;
  clientAddress: ClientAddressOf;
}) {
  const loginCodes = new Map<string, number>();

  const admin: Principal = {
    name: deps.adminName,
    role: "admin",
    via: "admin-token",
    credentialId: "admin-token",
    expiresAt: null,
  };

  async function byToken(secret: string): Promise<Principal | null> {
    if (sameSecret(secret, deps.adminToken)) return admin;
    const hash = hashSecret(secret);
    const token = await deps.store.tokenBySecret(hash);
    if (!token || token.revokedAt !== null) return null;
    return { name: token.name, role: token.role, via: "api-token", credentialId: token.id, expiresAt: null };
  }

  function byProxyHeader(req: IncomingMessage): Principal | null {
    if (!deps.trustedUserHeader) return null;
    const value = req.headers[deps.trustedUserHeader.toLowerCase()];
    const name = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!name) return null;
    if (!deps.clientAddress(req).fromTrustedProxy)
      throw new AccessRefusal(
        "NOT_PERMITTED",
        `${deps.trustedUserHeader} is only accepted from a trusted proxy`,
      );
    const role: Role = deps.users.find((u) => u.name === name)?.role ?? "viewer";
    return { name, role, via: "proxy", credentialId: `proxy:${name}`, expiresAt: null };
  }

  return {
    /** Null for an anonymous request; a refusal for credentials that are wrong. */
    async identify(req: IncomingMessage, socketToken?: unknown): Promise<Principal | null> {
      const proxied = byProxyHeader(req);
      if (proxied) return proxied;
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
      const token = bearer ?? (typeof socketToken === "string" && socketToken ? socketToken : null);
      if (token) {
        const principal = await byToken(token);
        if (!principal) throw new AccessRefusal("UNAUTHENTICATED", "the token is unknown or revoked");
        return principal;
      }
      const cookie = readSessionCookie(req);
      if (!cookie) return null;
      const hash = hashSecret(cookie);
      const session = await deps.store.getSession(hash);
      if (!session || session.expiresAt < Date.now()) return null;
      return { ...session, via: "session", credentialId: hash };
    },

    /** Checks a sign-in; null when the token, code, name or password is wrong. */
    async signIn(request: LoginRequest): Promise<Principal | null> {
      if ("token" in request) {
        const code = hashSecret(request.token);
        const until = loginCodes.get(code);
        if (until !== undefined) {
          loginCodes.delete(code);
          return until > Date.now() ? admin : null;
        }
        return byToken(request.token);
      }
      const user = deps.users.find((u) => u.name === request.name);
      const ok = await verifyPassword(user?.password ?? DECOY_HASH, request.password);
      if (!user?.password || !ok) return null;
      return { name: user.name, role: user.role, via: "session", credentialId: "", expiresAt: null };
    },

    /** A new browser session for `principal`: the cookie's secret and when it expires. */
    async openSession(principal: Principal): Promise<{ secret: string; expiresAt: number }> {
      const secret = newSecret("sbs");
      const expiresAt = Date.now() + SESSION_MS;
      await deps.store.saveSession(hashSecret(secret), {
        name: principal.name,
        role: principal.role,
        expiresAt,
      });
      return { secret, expiresAt };
    },

    async closeSession(principal: Principal): Promise<void> {
      if (principal.via === "session") await deps.store.deleteSession(principal.credentialId);
    },

    /** A code for the one-time login link printed at start: it signs in once, within a day. */
    issueLoginCode(): string {
      const code = newSecret("sbl");
      loginCodes.set(hashSecret(code), Date.now() + LOGIN_CODE_MS);
      return code;
    },

    /** An API token's record, for the tokens routes. */
    async createToken(
      name: string,
      role: Role,
      createdBy: string,
    ): Promise<{ token: ApiToken; secret: string }> {
      const secret = newSecret("sbt");
      const token: ApiToken = {
        id: hashSecret(secret).slice(0, 16),
        name,
        role,
        createdAt: Date.now(),
        createdBy,
        revokedAt: null,
      };
      await deps.store.saveToken({ ...token, secretHash: hashSecret(secret) });
      return { token, secret };
    },
  };
}

export type Authenticator = ReturnType<typeof createAuthenticator>;
