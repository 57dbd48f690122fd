import { redirect } from "next/navigation";
import { decodeSegment, runHref } from "@/lib/format";

interface Props {
  params: Promise<{ runId: string }>;
}

/** `/runs/:runId/chain` is the run page's Chain tab. */
export default async function RunChainPage({ params }: Props) {
  redirect(`${runHref(decodeSegment((await params).runId))}?view=chain`);
}
