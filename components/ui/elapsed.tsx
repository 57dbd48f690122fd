"use client";

import { formatDuration, formatLiveDuration } from "@/lib/format";
import { useNow } from "@/hooks/use-now";

interface Props {
  from: number;
  /** Null while still going: the duration then ticks. */
  to: number | null;
}

/** A duration that ticks every second until it has an end. */
export function Elapsed({ from, to }: Props) {
  return to === null ? (
    <Ticking from={from} />
  ) : (
    <span className="tabular-nums">{formatDuration(to - from)}</span>
  );
}

function Ticking({ from }: { from: number }) {
  const now = useNow();
  return <span className="tabular-nums">{formatLiveDuration(now - from)}</span>;
}
