import type { Metadata } from "next";
import { RunStatus } from "@/lib/runs";
import { RunsScreen } from "@/components/runs/runs-screen";

export const metadata: Metadata = { title: "Runs" };

interface Props {
  searchParams: Promise<{ status?: string | string[] }>;
}

export default async function RunsPage({ searchParams }: Props) {
  const status = RunStatus.safeParse((await searchParams).status).data;
  return <RunsScreen basePath="/runs" status={status} />;
}
