import type { Metadata } from "next";
import { hopFiltersOf, parseHopSearch } from "@/lib/hop-filters";
import { HandoffsScreen } from "@/components/handoffs/handoffs-screen";

export const metadata: Metadata = { title: "Handoffs" };

interface Props {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function HandoffsPage({ searchParams }: Props) {
  const search = parseHopSearch(await searchParams);
  return <HandoffsScreen search={search} filters={hopFiltersOf(search, Date.now())} />;
}
