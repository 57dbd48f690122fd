import { signInHref } from "@/lib/sign-in";

/** Signed out (expired, revoked, never signed in): to the sign-in page, then back here. */
export function goToSignIn(): void {
  if (typeof window === "undefined" || window.location.pathname === "/login") return;
  window.location.assign(signInHref(`${window.location.pathname}${window.location.search}`));
}
