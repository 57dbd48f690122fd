import { CreateTokenRequest } from "@/lib/api-tokens";
import type { Authenticator } from "../auth/authenticator";
import type { AuthStore } from "../store/auth-store";
import { readBody } from "./read-body";
import { sendError, sendJson } from "./respond";
import { get, post, type Route } from "./router";

/** API tokens for scripts, managed by admins: list, create (the secret is shown once), revoke. */
export function tokenRoutes(deps: {
  authenticator: Authenticator;
  store: AuthStore;
  dropCredential: (credentialId: string) => void;
}): Route[] {
  return [
    get(/^\/api\/tokens$/, async ({ res }) => sendJson(res, 200, { tokens: await deps.store.listTokens() }), {
      role: "admin",
    }),
    post(
      /^\/api\/tokens$/,
      async ({ req, res, principal, audit }) => {
        const request = await readBody(req, CreateTokenRequest);
        const created = await deps.authenticator.createToken(request.name, request.role, principal!.name);
        audit.target = `${created.token.name} (${created.token.role})`;
        sendJson(res, 201, created);
      },
      { role: "admin", audit: "token_created" },
    ),
    post(
      /^\/api\/tokens\/(?<tokenId>[^/]+)\/revoke$/,
      async ({ params, res, audit }) => {
        const token = await deps.store.revokeToken(params.tokenId!, Date.now());
        if (!token) return sendError(res, "NOT_FOUND", `No token with id ${params.tokenId}`);
        audit.target = `${token.name} (${token.role})`;
        deps.dropCredential(token.id);
        sendJson(res, 200, { token });
      },
      { role: "admin", audit: "token_revoked" },
    ),
  ];
}
