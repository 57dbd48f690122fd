"use client";

import { groupAlerts, isUnread } from "@/lib/alert-groups";
import { useAlertMarks } from "@/hooks/use-alert-marks";
import { useAlertNotifySwitch } from "@/hooks/use-alert-notifications";
import { useAlerts } from "@/hooks/use-alerts";
import { useRovingList } from "@/hooks/use-roving-list";
import { useSessionLabels } from "@/hooks/use-session-labels";
import { Notice } from "@/components/ui/notice";
import { AlertRow } from "./alert-row";

/**
 * Loops, deadlocks, hops past the depth limit and failed hops, live, one row per condition on
 * the same sessions (with its count and last time); muted ones below, folded.
 */
export function AlertsScreen() {
  const alerts = useAlerts();
  const labels = useSessionLabels();
  const roving = useRovingList<HTMLUListElement>();
  const { marks, acknowledge, setMuted } = useAlertMarks();
  const notify = useAlertNotifySwitch();
  if (!alerts.data) {
    return alerts.isError ? (
      <Notice tone="error">Could not load alerts: {alerts.error.message}</Notice>
    ) : (
      <Notice tone="loading">Loading alerts…</Notice>
    );
  }
  const groups = groupAlerts(alerts.data);
  const shown = groups.filter((g) => !marks.muted[g.key]);
  const muted = groups.filter((g) => marks.muted[g.key]);
  const row = (group: (typeof groups)[number]) => (
    <AlertRow
      key={group.key}
      group={group}
      labels={labels}
      unread={isUnread(group, marks)}
      muted={Boolean(marks.muted[group.key])}
      onAcknowledge={() => acknowledge(group)}
      onMute={(on) => setMuted(group, on)}
    />
  );
  return (
    <div className="space-y-3">
      {notify.permission !== "unsupported" && (
        <label className="flex items-center gap-2 text-xs text-zinc-300">
          <input
            type="checkbox"
            data-testid="alert-notify"
            checked={notify.on}
            disabled={notify.permission === "denied"}
            onChange={(e) => void notify.set(e.target.checked)}
            className="accent-sky-400"
          />
          Notify me of new alerts in this browser
          {notify.permission === "denied" && <span className="text-zinc-400">(blocked by the browser)</span>}
        </label>
      )}
      {shown.length > 0 ? (
        <ul
          {...roving}
          data-testid="alerts-list"
          aria-label="Alerts"
          className="rounded border border-zinc-800"
        >
          {shown.map(row)}
        </ul>
      ) : (
        <Notice>
          No alerts. Loops, deadlocks, hops past the depth limit and failed hops show up here as they happen.
        </Notice>
      )}
      {muted.length > 0 && (
        <details data-testid="muted-alerts" className="rounded border border-zinc-800">
          <summary className="cursor-pointer px-3 py-2 text-zinc-300">Muted ({muted.length})</summary>
          <ul aria-label="Muted alerts">{muted.map(row)}</ul>
        </details>
      )}
    </div>
  );
}
