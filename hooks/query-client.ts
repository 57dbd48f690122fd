import { QueryClient } from "@tanstack/react-query";
import { isRetryable } from "./api";

/**
 * Socket events keep every cached query current, so data never goes stale by age: it is
 * refetched only when the socket reconnects (see use-live-cache).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        refetchOnWindowFocus: false,
        retry: (failures, error) => isRetryable(error) && failures < 3,
      },
    },
  });
}
