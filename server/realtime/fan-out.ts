import type { Alert } from "@/lib/alerts";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import type { TimelineEvent } from "@/lib/timeline";

export interface Listener {
  events?(events: TimelineEvent[]): void;
  runs?(runs: RunSummary[]): void;
  hops?(hops: Hop[]): void;
  sessions?(sessions: SessionSummary[]): void;
  alerts?(alerts: Alert[]): void;
}

/**
 * Committed changes go to every listener: the browsers (hub), the scripts' progress
 * streams, the handoff policies. `listeners` is read on each call, so parts built later join.
 */
export function fanOut(listeners: () => Listener[]) {
  return {
    events: (events: TimelineEvent[]) => listeners().forEach((l) => l.events?.(events)),
    runs: (runs: RunSummary[]) => listeners().forEach((l) => l.runs?.(runs)),
    hops: (hops: Hop[]) => listeners().forEach((l) => l.hops?.(hops)),
    sessions: (sessions: SessionSummary[]) => listeners().forEach((l) => l.sessions?.(sessions)),
    alerts: (alerts: Alert[]) => listeners().forEach((l) => l.alerts?.(alerts)),
  };
}
