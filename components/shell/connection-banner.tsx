"use client";

import type { GatewayView } from "@/lib/gateway-view";
import { secondsUntil } from "@/lib/format";
import { useNow } from "@/hooks/use-now";

interface Props {
  view: GatewayView;
}

/**
 * While the connection is down or failing: what happened in full, when the next attempt is,
 * and that what the page shows may be out of date (it is greyed out meanwhile).
 */
export function ConnectionBanner({ view }: Props) {
  const now = useNow();
  if (view.state !== "reconnecting" && view.state !== "error") return null;
  const seconds = view.retryAt === null ? null : secondsUntil(view.retryAt, now);
  const error = view.state === "error";
  return (
    <div
      data-testid="connection-banner"
      data-state={view.state}
      role="alert"
      className={`border-b px-4 py-2 text-xs ${error ? "border-red-900/60 bg-red-950/40 text-red-200" : "border-amber-900/60 bg-amber-950/40 text-amber-200"}`}
    >
      <strong className="font-semibold">{error ? "Connection error" : "Reconnecting"}:</strong>{" "}
      <span className="break-words">{view.detail ?? "the connection dropped"}</span>
      {seconds !== null && (
        <span data-testid="retry-countdown" className="tabular-nums">
          {" "}
          · {seconds > 0 ? `next try in ${seconds} s` : "trying now"}
        </span>
      )}
      <span> · what you see may be out of date.</span>
    </div>
  );
}
