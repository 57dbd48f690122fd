import type { Alert } from "./alerts";

/**
 * Alerts of the same condition on the same sessions (the same failed hop pair, the same loop)
 * shown as one: how many times it was raised, and when first and last. Pure.
 */
export interface AlertGroup {
  key: string;
  /** The newest alert of the group: its message, chain and sessions. */
  latest: Alert;
  count: number;
  firstAt: number;
  lastAt: number;
}

/** What a person did about alert groups on this browser: acknowledged up to a time, or muted. */
export interface AlertMarks {
  /** Group key → the `lastAt` acknowledged; a later alert makes the group new again. */
  acked: Record<string, number>;
  muted: Record<string, true>;
}

export const NO_MARKS: AlertMarks = { acked: {}, muted: {} };

export function alertGroupKey(alert: Pick<Alert, "kind" | "sessions">): string {
  return `${alert.kind}:${alert.sessions.join(">")}`;
}

/** The groups, most recently seen first. */
export function groupAlerts(alerts: readonly Alert[]): AlertGroup[] {
  const groups = new Map<string, AlertGroup>();
  for (const alert of alerts) {
    const key = alertGroupKey(alert);
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { key, latest: alert, count: 1, firstAt: alert.at, lastAt: alert.at });
      continue;
    }
    group.count += 1;
    group.firstAt = Math.min(group.firstAt, alert.at);
    if (alert.at >= group.lastAt) {
      group.lastAt = alert.at;
      group.latest = alert;
    }
  }
  return [...groups.values()].sort((a, b) => b.lastAt - a.lastAt);
}

/** Not muted, and raised again since it was last acknowledged (or never acknowledged). */
export function isUnread(group: AlertGroup, marks: AlertMarks): boolean {
  return !marks.muted[group.key] && group.lastAt > (marks.acked[group.key] ?? -1);
}
