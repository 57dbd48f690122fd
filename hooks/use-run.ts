"use client";

import { useQuery } from "@tanstack/react-query";
import { RunResponse } from "@/lib/runs";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** One run's summary (`GET /api/runs/:runId`), kept current by `run:updated`. 404 → `isNotFound(error)`. */
export function useRun(runId: string) {
  return useQuery({
    queryKey: queryKeys.run(runId),
    queryFn: async ({ signal }) =>
      (await getJson(`/api/runs/${encodeURIComponent(runId)}`, RunResponse, signal)).run,
  });
}
