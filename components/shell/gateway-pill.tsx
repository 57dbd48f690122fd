"use client";

import type { GatewayView, PillState } from "@/lib/gateway-view";
import { secondsUntil } from "@/lib/format";
import { useNow } from "@/hooks/use-now";

const LOOK: Record<PillState, { dot: string; pill: string }> = {
  live: { dot: "bg-emerald-400", pill: "border-emerald-500/40 text-emerald-300" },
  reconnecting: { dot: "bg-amber-400 motion-safe:animate-pulse", pill: "border-amber-500/40 text-amber-300" },
  error: { dot: "bg-red-400", pill: "border-red-500/40 text-red-300" },
  connecting: { dot: "bg-zinc-400 motion-safe:animate-pulse", pill: "border-zinc-600 text-zinc-300" },
};

interface Props {
  view: GatewayView;
}

/** The gateway connection at a glance: live, reconnecting (with the retry countdown), error (with why). */
export function GatewayPill({ view }: Props) {
  const look = LOOK[view.state];
  return (
    <span
      data-testid="gateway-pill"
      data-state={view.state}
      title={view.detail ?? undefined}
      className={`inline-flex max-w-[16rem] min-w-0 items-center gap-1.5 rounded-full border px-2 py-0.5 text-xs ${look.pill}`}
    >
      <span className={`size-2 shrink-0 rounded-full ${look.dot}`} aria-hidden="true" />
      <span role="status" className="shrink-0">
        {view.state}
      </span>
      {view.retryAt !== null && <RetryCountdown at={view.retryAt} />}
      {view.state === "error" && view.detail && (
        <span className="truncate text-red-300/80">{view.detail}</span>
      )}
    </span>
  );
}

function RetryCountdown({ at }: { at: number }) {
  const seconds = secondsUntil(at, useNow());
  return (
    <span className="shrink-0 tabular-nums opacity-80">
      {seconds > 0 ? `· retry in ${seconds} s` : "· retrying"}
    </span>
  );
}
