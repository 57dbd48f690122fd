import type { Alert } from "@/lib/alerts";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import type { TimelineEvent } from "@/lib/timeline";
import type { Hub } from "./hub";
import type { RunStreams } from "./run-stream";

/** Committed changes go to the browsers (hub) and to the scripts' progress streams alike. */
export function fanOut(hub: Hub, streams: () => RunStreams) {
  return {
    events(events: TimelineEvent[]) {
      hub.events(events);
      streams().events(events);
    },
    runs(runs: RunSummary[]) {
      hub.runs(runs);
      streams().runs(runs);
    },
    hops(hops: Hop[]) {
      hub.hops(hops);
      streams().hops(hops);
    },
    sessions: (sessions: SessionSummary[]) => hub.sessions(sessions),
    alerts: (alerts: Alert[]) => hub.alerts(alerts),
  };
}
