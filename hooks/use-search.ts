"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue } from "react";
import { SearchResponse } from "@/lib/search";
import { getJson, queryString } from "./api";
import { queryKeys } from "./query-keys";

/** `GET /api/search` for what is typed (deferred, so fast typing asks once); nothing for an empty query. */
export function useSearch(query: string) {
  const q = useDeferredValue(query.trim());
  return useQuery({
    queryKey: queryKeys.search(q),
    queryFn: async ({ signal }) =>
      (await getJson(`/api/search${queryString({ q, limit: 20 })}`, SearchResponse, signal)).hits,
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 5000,
  });
}
