"use client";

import type { HopFilters } from "@/lib/hop-cache";
import type { HopSearch } from "@/lib/hop-filters";
import { sessionLabel } from "@/lib/format";
import { queryString } from "@/hooks/api";
import { useHops } from "@/hooks/use-hops";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { useSessions } from "@/hooks/use-sessions";
import { Notice } from "@/components/ui/notice";
import { HopFiltersForm } from "./hop-filters-form";
import { HopsTable } from "./hops-table";

interface Props {
  /** The filters as the URL has them. */
  search: HopSearch;
  /** The same, as the API takes them (`since` as a time). */
  filters: HopFilters;
}

/** Every handoff with its receipt, live, filtered by the URL, and exportable as it is filtered. */
export function HandoffsScreen({ search, filters }: Props) {
  const hops = useHops(filters);
  const labels = useSessionLabels();
  const sessions = (useSessions().data ?? []).map((s) => ({ key: s.sessionKey, label: sessionLabel(s) }));
  const filtered = Boolean(search.session || search.state || search.since);
  return (
    <section className="space-y-3">
      <header className="flex flex-wrap items-end justify-between gap-2">
        <HopFiltersForm key={JSON.stringify(search)} search={search} sessions={sessions} />
        <div className="flex gap-2" role="group" aria-label="Export these handoffs">
          {(["json", "csv", "otlp"] as const).map((format) => (
            <a
              key={format}
              href={`/api/hops/export${queryString({ ...filters, format })}`}
              download
              data-testid={`export-${format}`}
              className="rounded border border-zinc-700 px-2.5 py-1 text-xs text-zinc-300 hover:bg-zinc-800"
            >
              Export {format === "otlp" ? "OTLP" : format.toUpperCase()}
            </a>
          ))}
        </div>
      </header>
      {hops.data ? (
        hops.data.length > 0 ? (
          <HopsTable hops={hops.data} labels={labels} />
        ) : (
          <Notice>
            {filtered
              ? "No handoffs match these filters."
              : "No handoffs yet. They appear here live when a run calls sessions_send or sessions_spawn."}
          </Notice>
        )
      ) : hops.isError ? (
        <Notice tone="error">Could not load handoffs: {hops.error.message}</Notice>
      ) : (
        <Notice tone="loading">Loading handoffs…</Notice>
      )}
      {hops.hasNextPage && (
        <button
          type="button"
          onClick={() => void hops.fetchNextPage()}
          disabled={hops.isFetchingNextPage}
          className="rounded border border-zinc-700 px-3 py-1 text-xs text-zinc-300 hover:bg-zinc-800 disabled:opacity-50"
        >
          {hops.isFetchingNextPage ? "Loading…" : "Load more"}
        </button>
      )}
    </section>
  );
}
