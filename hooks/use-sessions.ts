"use client";

import { useQuery } from "@tanstack/react-query";
import { SessionsResponse } from "@/lib/sessions";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** `GET /api/sessions`, kept current by `session:updated` (see use-live-cache). */
export function useSessions() {
  return useQuery({
    queryKey: queryKeys.sessions,
    queryFn: async ({ signal }) => (await getJson("/api/sessions", SessionsResponse, signal)).sessions,
  });
}
