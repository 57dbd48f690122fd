"use client";

import { useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { flattenHops, type HopFilters } from "@/lib/hop-cache";
import { HopsPage } from "@/lib/hops";
import { getJson, queryString } from "./api";
import { queryKeys } from "./query-keys";

const PAGE_SIZE = 100;

const selectHops = (data: InfiniteData<HopsPage>) => flattenHops(data.pages);

/**
 * Every hop matching the filters, newest first, page by page (`fetchNextPage` follows
 * `nextCursor`). Live: `hop:updated` inserts and updates in the cached pages (see live-handoffs).
 */
export function useHops(filters: HopFilters) {
  return useInfiniteQuery({
    queryKey: queryKeys.hopList(filters),
    queryFn: ({ pageParam, signal }) =>
      getJson(
        `/api/hops${queryString({ ...filters, limit: PAGE_SIZE, before: pageParam })}`,
        HopsPage,
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: selectHops,
  });
}
