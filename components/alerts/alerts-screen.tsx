"use client";

import { useAlerts } from "@/hooks/use-alerts";
import { useRovingList } from "@/hooks/use-roving-list";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { Notice } from "@/components/ui/notice";
import { AlertRow } from "./alert-row";

/** Loops, deadlocks, hops past the depth limit and failed hops, newest first, live. */
export function AlertsScreen() {
  const alerts = useAlerts();
  const labels = useSessionLabels();
  const roving = useRovingList<HTMLUListElement>();
  if (alerts.data) {
    return alerts.data.length > 0 ? (
      <ul
        {...roving}
        data-testid="alerts-list"
        aria-label="Alerts"
        className="rounded border border-zinc-800"
      >
        {alerts.data.map((alert) => (
          <AlertRow key={alert.alertId} alert={alert} labels={labels} />
        ))}
      </ul>
    ) : (
      <Notice>
        No alerts. Loops, deadlocks, hops past the depth limit and failed hops show up here as they happen.
      </Notice>
    );
  }
  return alerts.isError ? (
    <Notice tone="error">Could not load alerts: {alerts.error.message}</Notice>
  ) : (
    <Notice tone="loading">Loading alerts…</Notice>
  );
}
