"use client";

import { useQuery } from "@tanstack/react-query";
import { Me } from "@/lib/auth";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** Who the browser is signed in as, and with which role. */
export function useMe() {
  return useQuery({
    queryKey: queryKeys.me,
    queryFn: ({ signal }) => getJson("/api/auth/me", Me, signal),
    staleTime: 60_000,
  });
}
