"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { newerRun } from "@/lib/live-cache";
import { RunResponse, type RunSummary } from "@/lib/runs";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** One run's summary (`GET /api/runs/:runId`), kept current by `run:updated`. 404 → `isNotFound(error)`. */
export function useRun(runId: string) {
  const queryClient = useQueryClient();
  const queryKey = queryKeys.run(runId);
  return useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      const { run } = await getJson(`/api/runs/${encodeURIComponent(runId)}`, RunResponse, signal);
      // `run:updated` may have arrived while this request was on its way.
      return newerRun(queryClient.getQueryData<RunSummary>(queryKey), run);
    },
  });
}
