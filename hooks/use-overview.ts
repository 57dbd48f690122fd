"use client";

import { useQuery } from "@tanstack/react-query";
import { Overview } from "@/lib/overview";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** How often the home page asks again; elapsed times tick locally in between. */
const REFRESH_MS = 3000;

/** `GET /api/overview`: what is happening now, refreshed every few seconds while the page is open. */
export function useOverview() {
  return useQuery({
    queryKey: queryKeys.overview,
    queryFn: ({ signal }) => getJson("/api/overview", Overview, signal),
    refetchInterval: REFRESH_MS,
  });
}
