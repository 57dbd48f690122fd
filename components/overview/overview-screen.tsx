"use client";

import { useOverview } from "@/hooks/use-overview";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { Notice } from "@/components/ui/notice";
import { PageTitle } from "@/components/ui/page-title";
import { AlertItem, HopItem, RunItem } from "./overview-items";
import { OverviewSection } from "./overview-section";
import { Sparkline } from "./sparkline";

/** The home page: what runs, what is in flight, what is stuck or failed, and the last hour's pace. */
export function OverviewScreen() {
  const overview = useOverview();
  const labels = useSessionLabels();
  if (!overview.data) {
    return overview.isError ? (
      <Notice tone="error">Could not load the overview: {overview.error.message}</Notice>
    ) : (
      <Notice tone="loading">Loading the overview…</Notice>
    );
  }
  const o = overview.data;
  const trouble = [...o.deadlocks, ...o.loops];
  const eventsNow = o.activity.eventsPerSecond.at(-1) ?? 0;
  const runsNow = o.activity.runsPerMinute.at(-1) ?? 0;
  return (
    <div className="space-y-4">
      <PageTitle>Now</PageTitle>
      <div className="grid gap-3 sm:grid-cols-2">
        <Sparkline
          label="Events per second"
          values={o.activity.eventsPerSecond}
          current={`${eventsNow.toFixed(1)}/s`}
        />
        <Sparkline label="Runs per minute" values={o.activity.runsPerMinute} current={`${runsNow}/min`} />
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <OverviewSection title="Active runs" count={o.activeRuns.length} empty="No run is going right now.">
          {o.activeRuns.map((run) => (
            <RunItem key={run.runId} run={run} labels={labels} />
          ))}
        </OverviewSection>
        <OverviewSection
          title="Hops in flight"
          count={o.hopsInFlight.length}
          empty="No handoff is on its way."
        >
          {o.hopsInFlight.map((hop) => (
            <HopItem key={hop.hopId} hop={hop} labels={labels} />
          ))}
        </OverviewSection>
        <OverviewSection
          title="Deadlocks and loops"
          count={trouble.length}
          tone="trouble"
          empty="No deadlock or loop in the last hour."
        >
          {trouble.map((alert) => (
            <AlertItem key={alert.alertId} alert={alert} />
          ))}
        </OverviewSection>
        <OverviewSection
          title="Caller released, still running"
          count={o.callerReleased.length}
          empty="No target is still working after its caller stopped waiting."
        >
          {o.callerReleased.map((hop) => (
            <HopItem key={hop.hopId} hop={hop} labels={labels} />
          ))}
        </OverviewSection>
        <OverviewSection
          title="Failures"
          count={o.failedRuns.length + o.failedHops.length}
          tone="trouble"
          empty="Nothing failed in the last hour."
        >
          {o.failedRuns.map((run) => (
            <RunItem key={run.runId} run={run} labels={labels} />
          ))}
          {o.failedHops.map((hop) => (
            <HopItem key={hop.hopId} hop={hop} labels={labels} />
          ))}
        </OverviewSection>
      </div>
    </div>
  );
}
