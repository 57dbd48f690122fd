import type { InfiniteData, QueryClient, QueryKey } from "@tanstack/react-query";
import type { Alert } from "@/lib/alerts";
import { chainChangeForHop, chainChangeForRun, type ChainChange } from "@/lib/chain-cache";
import { applyHopUpdate, upsertAlert } from "@/lib/hop-cache";
import type { Chain, Hop, HopsPage } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import { filtersOfHopListKey, queryKeys } from "./query-keys";

/** Writers of the handoff socket events into the query cache; use-live-cache wires them. */

/** `hop:updated`: into every cached hop list and every chain it belongs to. */
export function writeHop(queryClient: QueryClient, hop: Hop): void {
  for (const [key] of queryClient.getQueriesData({ queryKey: queryKeys.hopLists })) {
    queryClient.setQueryData<InfiniteData<HopsPage>>(key, (data) => {
      if (!data) return data;
      const pages = applyHopUpdate(data.pages, hop, filtersOfHopListKey(key));
      return pages === data.pages ? data : { ...data, pages };
    });
  }
  updateChains(queryClient, (chain) => chainChangeForHop(chain, hop));
  // A chain of one of its runs still loading may have read the store before this hop: load it anew.
  for (const runId of [hop.callerRunId, hop.targetRunId]) {
    const key = runId ? queryKeys.chain(runId) : null;
    if (key && queryClient.getQueryState(key) && !queryClient.getQueryData(key)) {
      void queryClient.invalidateQueries({ queryKey: key, exact: true });
    }
  }
}

/** `run:updated`: a run of a cached chain grows or ends, or a run one of its hops waited for appears. */
export function writeRunToChains(queryClient: QueryClient, run: RunSummary): void {
  updateChains(queryClient, (chain) => chainChangeForRun(chain, run));
  // A run page opened before its run existed: its chain can load now.
  const key = queryKeys.chain(run.runId);
  if (queryClient.getQueryState(key)?.status === "error")
    void queryClient.invalidateQueries({ queryKey: key, exact: true });
}

/** `alert:raised`. */
export function writeAlert(queryClient: QueryClient, alert: Alert): void {
  queryClient.setQueryData<Alert[]>(queryKeys.alerts, (alerts) => alerts && upsertAlert(alerts, alert));
}

function updateChains(queryClient: QueryClient, change: (chain: Chain) => ChainChange): void {
  for (const [key, chain] of queryClient.getQueriesData<Chain>({ queryKey: queryKeys.chains })) {
    if (chain) apply(queryClient, key, change(chain));
  }
}

function apply(queryClient: QueryClient, key: QueryKey, change: ChainChange): void {
  if (change.kind !== "none" && change.chain) queryClient.setQueryData(key, change.chain);
  // The running request, if any, may have read the store before this change: start anew.
  if (change.kind === "refetch") void queryClient.invalidateQueries({ queryKey: key, exact: true });
}
