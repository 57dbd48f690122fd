"use client";

import type { ReactNode } from "react";
import { useGatewayView } from "@/hooks/use-gateway-view";

/** The page's main landmark; greyed out while the connection is down, as its data may be stale. */
export function PageMain({ children }: { children: ReactNode }) {
  const { view } = useGatewayView();
  const stale = view.state === "reconnecting" || view.state === "error";
  return (
    <main
      id="main"
      data-stale={stale || undefined}
      aria-describedby={stale ? "stale-note" : undefined}
      className="min-w-0 flex-1 px-3 py-4 transition-[opacity,filter] data-[stale]:opacity-60 data-[stale]:grayscale md:px-6"
    >
      {stale && (
        <p id="stale-note" className="sr-only">
          Reconnecting: what this page shows may be out of date.
        </p>
      )}
      {children}
    </main>
  );
}
