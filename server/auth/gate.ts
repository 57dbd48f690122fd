import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { ExtendedError, Socket } from "socket.io";
import { roleAllows, type Role } from "@/lib/auth";
import { SOCKET_EVENT_ROLES } from "@/lib/socket";
import type { Authenticator } from "./authenticator";
import type { ClientAddressOf } from "./client-address";
import { AccessRefusal, type Principal } from "./principal";
import { crossSiteReason, hostAllowed, isJsonContentType } from "./request-checks";

/** Longer URLs are refused with a JSON 414; the headers as a whole are capped by Node (431). */
const MAX_URL_CHARS = 4096;

export type RateBucket = "dispatch" | "login";

/**
 * The one door: every HTTP request (the router, the pages) and every socket (handshake and
 * each event) passes these checks. Host and URL for all; cross-site, JSON bodies, identity,
 * role and rate for /api; cross-site, identity and per-event roles for socket.io.
 */
export function createGate(deps: {
  authenticator: Authenticator;
  clientAddress: ClientAddressOf;
  /** The listen address, answered to besides localhost and IP literals. */
  listenHost: string;
  /** SWITCHBOARD_ALLOWED_HOSTS: names behind a proxy, also accepted as an Origin. */
  allowedHosts: readonly string[];
  dispatchPerMinute: number;
}) {
  const names = new Set(["localhost", deps.listenHost.toLowerCase(), ...deps.allowedHosts]);
  const publicHosts = new Set(deps.allowedHosts);
  const limiters: Record<RateBucket, RateLimiterMemory> = {
    dispatch: new RateLimiterMemory({ points: deps.dispatchPerMinute, duration: 60 }),
    // Failed sign-ins per client address: enough for typos, too few to guess a password.
    login: new RateLimiterMemory({ points: 10, duration: 60 }),
  };

  /** Host and URL: for every request, pages included. */
  function checkRequest(req: IncomingMessage): AccessRefusal | null {
    if ((req.url ?? "").length > MAX_URL_CHARS)
      return new AccessRefusal("URI_TOO_LONG", `the URL is longer than ${MAX_URL_CHARS} characters`);
    if (!hostAllowed(req.headers.host, names))
      return new AccessRefusal(
        "NOT_PERMITTED",
        `Switchboard does not answer to the host ${req.headers.host ?? "(none)"}: add it to SWITCHBOARD_ALLOWED_HOSTS`,
      );
    return null;
  }

  /** For /api and socket handshakes: no request from another site's page. */
  function checkSameOrigin(req: IncomingMessage): AccessRefusal | null {
    const forwardedHost = deps.clientAddress(req).fromTrustedProxy
      ? String(req.headers["x-forwarded-host"] ?? "") || null
      : null;
    const reason = crossSiteReason(req.headers, { forwardedHost, publicHosts });
    return reason ? new AccessRefusal("NOT_PERMITTED", `Cross-site requests are refused: ${reason}`) : null;
  }

  function checkBody(req: IncomingMessage): AccessRefusal | null {
    if (req.method === "GET" || req.method === "HEAD") return null;
    return isJsonContentType(req.headers["content-type"])
      ? null
      : new AccessRefusal("UNSUPPORTED_MEDIA_TYPE", "send the body as application/json");
  }

  function authorize(principal: Principal | null, role: Role): AccessRefusal | null {
    if (!principal)
      return new AccessRefusal("UNAUTHENTICATED", "sign in, or send Authorization: Bearer <token>");
    if (principal.expiresAt !== null && principal.expiresAt < Date.now())
      return new AccessRefusal("UNAUTHENTICATED", "the session has expired: sign in again");
    if (!roleAllows(principal.role, role))
      return new AccessRefusal(
        "NOT_PERMITTED",
        `this needs the ${role} role; ${principal.name} is ${principal.role}`,
      );
    return null;
  }

  /** Takes one from `key`'s allowance in `bucket`; refused with Retry-After once it is used up. */
  async function spend(bucket: RateBucket, key: string): Promise<AccessRefusal | null> {
    try {
      await limiters[bucket].consume(key);
      return null;
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
      return new AccessRefusal("RATE_LIMITED", `too many attempts: try again in ${seconds} s`, {
        "retry-after": String(seconds),
      });
    }
  }

  /** Whether `key` has used up its allowance, without spending any. */
  async function exhausted(bucket: RateBucket, key: string): Promise<AccessRefusal | null> {
    const state = await limiters[bucket].get(key);
    if (!state || state.remainingPoints > 0) return null;
    const seconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    return new AccessRefusal("RATE_LIMITED", `too many attempts: try again in ${seconds} s`, {
      "retry-after": String(seconds),
    });
  }

  return {
    checkRequest,
    checkSameOrigin,
    checkBody,
    authorize,
    spend,
    exhausted,
    identify: deps.authenticator.identify,
    address: (req: IncomingMessage) => deps.clientAddress(req).address,
    fromTrustedProxy: (req: IncomingMessage) => deps.clientAddress(req).fromTrustedProxy,

    /** engine.io's `allowRequest`: a handshake from another site or to a foreign host never opens. */
    allowSocketRequest(req: IncomingMessage, answer: (error: string | null, ok: boolean) => void): void {
      const refusal = checkRequest(req) ?? checkSameOrigin(req);
      answer(refusal?.message ?? null, refusal === null);
    },

    /** socket.io middleware: no socket without credentials; each event then checked against its role. */
    async authenticateSocket(socket: Socket, next: (error?: ExtendedError) => void): Promise<void> {
      try {
        const auth = socket.handshake.auth as { token?: unknown } | undefined;
        const principal = await deps.authenticator.identify(socket.request, auth?.token);
        const refusal = authorize(principal, "viewer");
        if (refusal) return next(new Error(`${refusal.code}: ${refusal.message}`));
        socket.data.principal = principal;
        void socket.join(credentialRoom(principal!.credentialId));
        socket.use(([event, ...args], pass) => {
          const role = SOCKET_EVENT_ROLES[event as keyof typeof SOCKET_EVENT_ROLES] as Role | undefined;
          const denied = role
            ? authorize(principal, role)
            : new AccessRefusal("NOT_PERMITTED", `unknown event ${event}`);
          if (!denied) return pass();
          const ack = args.at(-1);
          if (typeof ack === "function") ack({ ok: false, error: `${denied.code}: ${denied.message}` });
          if (denied.code === "UNAUTHENTICATED") socket.disconnect(true);
        });
        next();
      } catch (error) {
        next(new Error(error instanceof AccessRefusal ? `${error.code}: ${error.message}` : "INTERNAL"));
      }
    },
  };
}

/** The room of every socket opened with one credential, to close them all when it is revoked. */
export function credentialRoom(credentialId: string): string {
  return `credential:${credentialId}`;
}

export type Gate = ReturnType<typeof createGate>;
