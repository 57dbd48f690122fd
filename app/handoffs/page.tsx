import type { Metadata } from "next";
import { hopFiltersOf, parseHopSearch } from "@/lib/hop-filters";
import { HandoffsScreen } from "@/components/handoffs/handoffs-screen";
import { PageTitle } from "@/components/ui/page-title";

export const metadata: Metadata = { title: "Handoffs" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HandoffsPage({ searchParams }: Props) {
  const search = parseHopSearch(await searchParams);
  return (
    <div className="space-y-3">
      <PageTitle>Handoffs</PageTitle>
      <HandoffsScreen search={search} filters={hopFiltersOf(search, Date.now())} />
    </div>
  );
}
