"use client";

import { useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { flattenRuns, type RunFilters } from "@/lib/live-cache";
import { RunsPage } from "@/lib/runs";
import { getJson, queryString } from "./api";
import { queryKeys } from "./query-keys";

const PAGE_SIZE = 50;

const selectRuns = (data: InfiniteData<RunsPage>) => flattenRuns(data.pages);

/**
 * A newest-first list of runs, page by page (`fetchNextPage` follows `nextCursor`). Live:
 * `run:updated` rewrites the cached pages in place (see use-live-cache); `runs` is their union, `hops` their hop counts.
 */
export function useRuns(filters: RunFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.runList(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        `/api/runs${queryString({ ...filters, limit: PAGE_SIZE, before: pageParam })}`,
        RunsPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: selectRuns,
  });
}
