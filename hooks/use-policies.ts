"use client";

import { useQuery } from "@tanstack/react-query";
import { PoliciesResponse } from "@/lib/policies";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** `GET /api/policies`: the handoff policies in force (read once: they change with a restart). */
export function usePolicies() {
  return useQuery({
    queryKey: queryKeys.policies,
    queryFn: ({ signal }) => getJson("/api/policies", PoliciesResponse, signal),
  });
}
