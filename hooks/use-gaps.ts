"use client";

import { useQuery } from "@tanstack/react-query";
import { GapsResponse, gapOverlaps, type Gap } from "@/lib/gaps";
import { getJson } from "./api";
import { queryKeys } from "./query-keys";

/** The gaps that cut into a time span (null ends: open), kept current by `gap:recorded` (see use-live-cache). */
export function useGaps(from: number | null, to: number | null): Gap[] {
  const gaps = useQuery({
    queryKey: queryKeys.gaps,
    queryFn: ({ signal }) => getJson("/api/gaps", GapsResponse, signal),
  });
  return (gaps.data?.gaps ?? []).filter((gap) => gapOverlaps(gap, from, to));
}
