"use client";

import Link from "next/link";
import { runHref, shortId } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import { queueWait } from "@/lib/hop-words";
import { useNow } from "@/hooks/use-now";

interface Props {
  hop: Hop;
  targetName: string;
}

/** "Queued behind run 7f3a… for 10.9 s" (ticking while it waits), or "Steered into B's running turn". */
export function HopQueue({ hop, targetName }: Props) {
  const now = useNow();
  if (hop.disposition === "steered") {
    return (
      <p data-testid="hop-queue" data-kind="steered" className="text-sky-300">
        Steered into {targetName}&apos;s running turn
        {hop.targetRunId && (
          <>
            {" "}
            (
            <Link href={runHref(hop.targetRunId)} className="rounded font-mono hover:underline">
              run {shortId(hop.targetRunId)}…
            </Link>
            )
          </>
        )}
      </p>
    );
  }
  const wait = queueWait(hop, now);
  if (!wait) return null;
  return (
    <p data-testid="hop-queue" data-kind="queued" data-live={wait.live} className="text-sky-300">
      Queued behind{" "}
      <Link href={runHref(wait.behindRunId)} className="rounded font-mono hover:underline">
        run {shortId(wait.behindRunId)}…
      </Link>{" "}
      for <span className="tabular-nums">{wait.waited}</span>
    </p>
  );
}
