import type { Metadata } from "next";
import { parseRunSearch, runFiltersOf } from "@/lib/run-filters";
import { RunFiltersForm } from "@/components/runs/run-filters-form";
import { RunsScreen } from "@/components/runs/runs-screen";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Runs" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function RunsPage({ searchParams }: Props) {
  const search = parseRunSearch(await searchParams);
  return (
    <div className="space-y-3">
      <PageTitle>Runs</PageTitle>
      <RunsScreen
        filters={runFiltersOf(search, Date.now())}
        filterBar={<RunFiltersForm key={JSON.stringify(search)} search={search} />}
        showSession={!search.session}
      />
    </div>
  );
}
