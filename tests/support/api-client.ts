import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import type { Role } from "@/lib/auth";

/** The admin token every test Switchboard starts with (SWITCHBOARD_TOKEN). */
export const TEST_ADMIN_TOKEN = "test-admin-token-not-secret";

/** The roles that may not do what `role` may (public: none). */
export const ROLES_BELOW: Record<Role | "public", Role[]> = {
  public: [],
  viewer: [],
  operator: ["viewer"],
  admin: ["viewer", "operator"],
};

/** Who a test acts as: the admin (default), nobody, a role (through an API token made for it), or a token. */
export type Actor = "admin" | "anonymous" | Role | { token: string };

/**
 * JSON requests to a Switchboard's API with credentials, the way scripts send them
 * (`Authorization: Bearer`). Every helper that reaches the app goes through here, so a test
 * written without thinking of authentication acts as the admin.
 */
export function apiClient(baseUrl: string, as: Actor = "admin") {
  const request = async (path: string, init: RequestInit = {}) => {
    const token = await tokenOf(baseUrl, as);
    const headers = new Headers(init.headers);
    if (token && !headers.has("authorization")) headers.set("authorization", `Bearer ${token}`);
    return fetch(`${baseUrl}${path}`, { ...init, headers });
  };
  return {
    get: request,
    post: (path: string, body: unknown, init: RequestInit = {}) =>
      request(path, {
        ...init,
        method: "POST",
        headers: { "content-type": "application/json", ...(init.headers as Record<string, string>) },
        body: JSON.stringify(body),
      }),
  };
}

const roleTokens = new Map<string, Promise<string>>();

/** The bearer token for `as`: a role gets an API token made once per app by the admin. */
export async function tokenOf(baseUrl: string, as: Actor): Promise<string | null> {
  if (as === "anonymous") return null;
  if (as === "admin") return TEST_ADMIN_TOKEN;
  if (typeof as === "object") return as.token;
  const key = `${baseUrl} ${as}`;
  let token = roleTokens.get(key);
  if (!token) {
    token = apiClient(baseUrl)
      .post("/api/tokens", { name: `test ${as}`, role: as })
      .then(async (res) => {
        if (res.status !== 201)
          throw new Error(`could not make a ${as} token: ${res.status} ${await res.text()}`);
        return ((await res.json()) as { secret: string }).secret;
      });
    roleTokens.set(key, token);
  }
  return token;
}

/**
 * A request through node:http, for what fetch will not send (its own Host header, say),
 * with the admin token; answers the status, the headers and the body text.
 */
export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${baseUrl}${path}`,
      {
        method: options.method ?? "GET",
        headers: { authorization: `Bearer ${TEST_ADMIN_TOKEN}`, ...options.headers },
      },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}
