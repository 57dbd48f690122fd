import type { IncomingMessage } from "node:http";
import { LoginRequest, type Me } from "@/lib/auth";
import type { Authenticator } from "../auth/authenticator";
import type { Gate } from "../auth/gate";
import type { Principal } from "../auth/principal";
import { setSessionCookie } from "../auth/session-cookie";
import { readBody } from "./read-body";
import { sendError, sendJson } from "./respond";
import { get, post, type Route } from "./router";

/** Sign in (a token, the one-time link's code, or a name and password), sign out, and who am I. */
export function authRoutes(deps: {
  authenticator: Authenticator;
  gate: Gate;
  /** Closes the sockets opened with a credential that just ended. */
  dropCredential: (credentialId: string) => void;
}): Route[] {
  const me = (p: Principal): Me => ({ name: p.name, role: p.role, via: p.via });
  return [
    post(
      /^\/api\/auth\/login$/,
      async ({ req, res, audit }) => {
        const address = deps.gate.address(req);
        const limited = await deps.gate.exhausted("login", address);
        if (limited) throw limited;
        const request = await readBody(req, LoginRequest);
        audit.actor = "name" in request ? request.name : "token";
        const principal = await deps.authenticator.signIn(request);
        if (!principal) {
          const refusal = await deps.gate.spend("login", address);
          if (refusal) throw refusal;
          return sendError(res, "UNAUTHENTICATED", "Wrong token, or wrong name or password");
        }
        audit.actor = principal.name;
        const session = await deps.authenticator.openSession(principal);
        setSessionCookie(res, session, isHttps(req, deps.gate));
        sendJson(res, 200, me(principal));
      },
      { role: "public", audit: "login" },
    ),
    post(
      /^\/api\/auth\/logout$/,
      async ({ req, res, principal }) => {
        await deps.authenticator.closeSession(principal!);
        if (principal!.via === "session") deps.dropCredential(principal!.credentialId);
        setSessionCookie(res, null, isHttps(req, deps.gate));
        sendJson(res, 200, { ok: true });
      },
      { role: "viewer", audit: "logout" },
    ),
    get(/^\/api\/auth\/me$/, async ({ res, principal }) => sendJson(res, 200, me(principal!)), {
      role: "viewer",
    }),
  ];
}

/** HTTPS as the browser sees it: behind a trusted TLS proxy, its X-Forwarded-Proto. */
function isHttps(req: IncomingMessage, gate: Gate): boolean {
  return gate.fromTrustedProxy(req) && req.headers["x-forwarded-proto"] === "https";
}
