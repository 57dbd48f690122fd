"use client";

import { useMutation } from "@tanstack/react-query";
import { z } from "zod";
import { postJson } from "./api";

/** Ends the browser's session on the server (its cookie and sockets too), then shows the sign-in page. */
export function useSignOut() {
  return useMutation({
    mutationFn: () => postJson("/api/auth/logout", {}, z.object({ ok: z.boolean() })),
    // A full load, not a client navigation: every cached answer and the socket go with the session.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    onSettled: () => window.location.assign("/login"),
  });
}
