import type { Metadata } from "next";
import { decodeSegment, shortId } from "@/lib/format";
import { RunScreen } from "@/components/runs/run-screen";

interface Props {
  params: Promise<{ runId: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Run ${shortId(decodeSegment((await params).runId))}` };
}

export default async function RunPage({ params, searchParams }: Props) {
  const view = (await searchParams).view === "chain" ? "chain" : "timeline";
  return <RunScreen runId={decodeSegment((await params).runId)} view={view} />;
}
