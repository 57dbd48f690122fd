"use client";

import { NO_MARKS, type AlertGroup, type AlertMarks } from "@/lib/alert-groups";
import { createStore, useStore } from "./client-store";

/** Acknowledgements and mutes are this person's, on this browser (decision 075). */
export const alertMarksStore = createStore<AlertMarks>(NO_MARKS, {
  area: "local",
  key: "switchboard-alert-marks",
  parse: (raw) =>
    typeof raw === "object" && raw !== null && "acked" in raw && "muted" in raw ? (raw as AlertMarks) : null,
});

/** Acknowledge, mute and unmute alert groups. */
export function useAlertMarks() {
  const marks = useStore(alertMarksStore);
  return {
    marks,
    acknowledge: (group: AlertGroup) =>
      alertMarksStore.set((m) => ({ ...m, acked: { ...m.acked, [group.key]: group.lastAt } })),
    setMuted: (group: AlertGroup, muted: boolean) =>
      alertMarksStore.set((m) => {
        const { [group.key]: _was, ...rest } = m.muted;
        return { ...m, muted: muted ? { ...rest, [group.key]: true } : rest };
      }),
  };
}
