import type { IncomingMessage, ServerResponse } from "node:http";
import { parseCookie, stringifySetCookie } from "cookie";

const NAME = "switchboard_session";

/** The session secret a browser sent, if any. */
export function readSessionCookie(req: IncomingMessage): string | null {
  const header = req.headers.cookie;
  return header ? (parseCookie(header)[NAME] ?? null) : null;
}

/**
 * httpOnly (no script reads it), SameSite=Strict (no other site's page sends it), Secure
 * when the browser reached Switchboard over HTTPS (behind a TLS proxy).
 */
export function setSessionCookie(
  res: ServerResponse,
  value: { secret: string; expiresAt: number } | null,
  secure: boolean,
): void {
  res.setHeader(
    "set-cookie",
    stringifySetCookie({
      name: NAME,
      value: value?.secret ?? "",
      httpOnly: true,
      sameSite: "strict",
      secure,
      path: "/",
      maxAge: value ? Math.floor((value.expiresAt - Date.now()) / 1000) : 0,
    }),
  );
}
