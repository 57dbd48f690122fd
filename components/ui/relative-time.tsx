"use client";

import { formatAbsolute, formatRelative } from "@/lib/format";
import { useNow } from "@/hooks/use-now";

interface Props {
  ts: number;
}

/** "12 s ago", live, with the absolute local time on hover. */
export function RelativeTime({ ts }: Props) {
  const now = useNow();
  return (
    <time dateTime={new Date(ts).toISOString()} title={formatAbsolute(ts)} className="whitespace-nowrap">
      {formatRelative(ts, now)}
    </time>
  );
}
