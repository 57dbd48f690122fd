"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { newerRun } from "@/lib/live-cache";
import { RunResponse, type RunSummary } from "@/lib/runs";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/**
 * One run's summary (`GET /api/runs/:runId`), kept current by `run:updated`. A `run:updated`
 * that came while the request was in flight is not overwritten by the older answer. 404 →
 * `isNotFound(error)`.
 */
export function useRun(runId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.run(runId),
    queryFn: async ({ signal }) => {
      const fetched = (await getJson(`/api/runs/${encodeURIComponent(runId)}`, RunResponse, signal)).run;
      return newerRun(fetched, queryClient.getQueryData<RunSummary>(queryKeys.run(runId)));
    },
  });
}
