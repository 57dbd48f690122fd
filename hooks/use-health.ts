"use client";

import { useQuery } from "@tanstack/react-query";
import { Health } from "@/lib/health";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** `GET /api/health`, kept current by `gateway:updated` (see use-live-cache). */
export function useHealth() {
  return useQuery({
    queryKey: queryKeys.health,
    queryFn: ({ signal }) => getJson("/api/health", Health, signal),
  });
}
