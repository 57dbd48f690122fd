"use client";

import { useMemo } from "react";
import type { RunStatus } from "@/lib/runs";
import { useGaps } from "@/hooks/use-gaps";
import { useNewAbove } from "@/hooks/use-new-above";
import { useRuns } from "@/hooks/use-runs";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { GapBanner } from "@/components/ui/gap-banner";
import { Notice } from "@/components/ui/notice";
import { NewRunsButton } from "./new-runs-button";
import { RunsTable } from "./runs-table";
import { StatusFilter } from "./status-filter";

interface Props {
  /** The page's own path, for the filter chips. */
  basePath: string;
  status: RunStatus | undefined;
  session?: string;
}

/** The live runs list with its status filter and "Load more". */
export function RunsScreen({ basePath, status, session }: Props) {
  const runs = useRuns({ status, session });
  const labels = useSessionLabels();
  const ids = useMemo(() => (runs.data ?? []).map((r) => r.runId), [runs.data]);
  const fresh = useNewAbove(ids);
  // The gaps that cut into the listed runs' time: those runs may have been resynced.
  const oldest = runs.data?.length ? Math.min(...runs.data.map((r) => r.startedAt ?? r.updatedAt)) : null;
  const gaps = useGaps(oldest ?? Number.POSITIVE_INFINITY, null);

  return (
    <section className="space-y-3">
      <GapBanner gaps={gaps} />
      <StatusFilter basePath={basePath} current={status} />
      {fresh.count > 0 && <NewRunsButton count={fresh.count} onClick={fresh.scrollToTop} />}
      {runs.data ? (
        runs.data.length > 0 ? (
          <RunsTable runs={runs.data} sessionLabels={labels} showSession={!session} />
        ) : (
          <Notice>
            {status ? `No ${status} runs.` : "No runs yet. They appear here live as agents work."}
          </Notice>
        )
      ) : runs.isError ? (
        <Notice tone="error">Could not load runs: {runs.error.message}</Notice>
      ) : (
        <Notice tone="loading">Loading runs…</Notice>
      )}
      {runs.hasNextPage && (
        <button
          type="button"
          onClick={() => void runs.fetchNextPage()}
          disabled={runs.isFetchingNextPage}
          className="rounded border border-zinc-700 px-3 py-1 text-xs text-zinc-300 hover:bg-zinc-800 disabled:opacity-50"
        >
          {runs.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      )}
    </section>
  );
}
