"use client";

import { useMemo, type ReactNode } from "react";
import type { RunFilters } from "@/lib/live-cache";
import { useGaps } from "@/hooks/use-gaps";
import { useNewAbove } from "@/hooks/use-new-above";
import { useRuns } from "@/hooks/use-runs";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { GapBanner } from "@/components/ui/gap-banner";
import { Notice } from "@/components/ui/notice";
import { NewRunsButton } from "./new-runs-button";
import { RunsTable } from "./runs-table";

interface Props {
  filters: RunFilters;
  /** The page's filter controls, above the list. */
  filterBar: ReactNode;
  /** False on a session's own page, where every row has the same session. */
  showSession: boolean;
}

/** The live runs list with its filters, hop counts and "Load more". */
export function RunsScreen({ filters, filterBar, showSession }: Props) {
  const runs = useRuns(filters);
  const filtered = Object.entries(filters).some(([key, value]) => key !== "session" && value !== undefined);
  const labels = useSessionLabels();
  const ids = useMemo(() => (runs.data?.runs ?? []).map((r) => r.runId), [runs.data]);
  const fresh = useNewAbove(ids);
  // The gaps that cut into the listed runs' time: those runs may have been resynced.
  const listed = runs.data?.runs ?? [];
  const oldest = listed.length ? Math.min(...listed.map((r) => r.startedAt ?? r.updatedAt)) : null;
  const gaps = useGaps(oldest ?? Number.POSITIVE_INFINITY, null);

  return (
    <section className="space-y-3">
      <GapBanner gaps={gaps} />
      {filterBar}
      {fresh.count > 0 && <NewRunsButton count={fresh.count} onClick={fresh.scrollToTop} />}
      {runs.data ? (
        listed.length > 0 ? (
          <RunsTable runs={listed} hops={runs.data.hops} sessionLabels={labels} showSession={showSession} />
        ) : (
          <Notice>
            {filtered ? "No runs match these filters." : "No runs yet. They appear here live as agents work."}
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
