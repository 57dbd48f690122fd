/** Where the browser goes to sign in, and back. Pure. */

/** The sign-in page, remembering where to return (`/runs/abc?x=1`). */
export function signInHref(returnTo: string): string {
  return returnTo === "/" || returnTo.startsWith("/login")
    ? "/login"
    : `/login?next=${encodeURIComponent(returnTo)}`;
}

/** Where to go after signing in: a path on this site only, never another origin (`//evil`, `https:`). */
export function returnPath(next: string | null): string {
  return next && /^\/(?![/\\])/.test(next) ? next : "/";
}

/** The code of a one-time login link (`#token=…`), or null. */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, "")).get("token");
  return token && token.length > 0 ? token : null;
}
