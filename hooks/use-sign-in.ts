"use client";

import { useEffect } from "react";
import { useMutation } from "@tanstack/react-query";
import { Me, type LoginRequest } from "@/lib/auth";
import { returnPath, tokenFromHash } from "@/lib/sign-in";
import { postJson } from "./api";

/** Back to where the user was before signing in (`?next=`), on this site only. */
const goBack = () =>
  window.location.replace(returnPath(new URLSearchParams(window.location.search).get("next")));

/**
 * Signing in: a one-time link's `#token=` is used at once (and wiped from the address bar);
 * otherwise the form sends a token or a name and password. Success goes back where the user was.
 */
export function useSignIn() {
  const mutation = useMutation({
    mutationFn: (request: LoginRequest) => postJson("/api/auth/login", request, Me),
    onSuccess: goBack,
  });
  const { mutate } = mutation;

  useEffect(() => {
    const signInByLink = () => {
      const token = tokenFromHash(window.location.hash);
      if (!token) return false;
      window.history.replaceState(null, "", window.location.pathname + window.location.search);
      mutate({ token });
      return true;
    };
    // Already signed in (the cookie was not sent on a link from another site): go on.
    if (!signInByLink()) void fetch("/api/auth/me").then((res) => res.ok && goBack());
    // A link pasted while this page is open changes only the fragment: no new page load.
    window.addEventListener("hashchange", signInByLink);
    return () => window.removeEventListener("hashchange", signInByLink);
  }, [mutate]);

  return mutation;
}
