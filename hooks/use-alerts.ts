"use client";

import { useQuery } from "@tanstack/react-query";
import { AlertsResponse } from "@/lib/alerts";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** `GET /api/alerts`, newest first, kept current by `alert:raised` (see live-handoffs). */
export function useAlerts() {
  return useQuery({
    queryKey: queryKeys.alerts,
    queryFn: async ({ signal }) => (await getJson("/api/alerts", AlertsResponse, signal)).alerts,
  });
}
