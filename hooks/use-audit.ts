"use client";

import { useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import { AuditPage, type AuditAction } from "@/lib/audit";
import { getJson, queryString } from "./api";
import { queryKeys } from "./query-keys";

const selectEntries = (data: InfiniteData<AuditPage>) => data.pages.flatMap((p) => p.entries);

/** The audit log, newest first, page by page; `action` filters it. */
export function useAudit(action: AuditAction | undefined) {
  return useInfiniteQuery({
    queryKey: queryKeys.audit(action),
    queryFn: ({ pageParam, signal }) =>
      getJson(`/api/audit${queryString({ action, limit: 100, before: pageParam })}`, AuditPage, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    select: selectEntries,
  });
}
