"use client";

import { secondsUntil } from "@/lib/format";
import { useNow } from "@/hooks/use-now";

/** A live deadlock's alert: how long until its first wait runs out. */
export function DeadlockCountdown({ breaksAt }: { breaksAt: number }) {
  const left = secondsUntil(breaksAt, useNow());
  return (
    <p data-testid="alert-countdown" className="text-xs font-medium text-red-300 tabular-nums">
      {left > 0 ? `Still holding: breaks in ${left} s unless it is broken sooner.` : "Breaking now."}
    </p>
  );
}
