"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { mergeFetchedChain } from "@/lib/chain-cache";
import { Chain } from "@/lib/hops";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/**
 * The handoff chain around a run (`GET /api/runs/:runId/chain`): its root, runs, hops, cycles.
 * Live: `run:updated` and `hop:updated` patch it or refetch it (see live-handoffs). 404 →
 * `isNotFound(error)`.
 */
export function useChain(runId: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: queryKeys.chain(runId),
    queryFn: async ({ signal }) => {
      const fetched = await getJson(`/api/runs/${encodeURIComponent(runId)}/chain`, Chain, signal);
      return mergeFetchedChain(fetched, queryClient.getQueryData<Chain>(queryKeys.chain(runId)));
    },
  });
}
