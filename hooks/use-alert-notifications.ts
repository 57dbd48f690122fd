"use client";

import { useEffect } from "react";
import { alertGroupKey } from "@/lib/alert-groups";
import type { Alert } from "@/lib/alerts";
import { createStore, useStore } from "./client-store";
import { getSocket } from "./socket";
import { alertMarksStore } from "./use-alert-marks";
import { useNotificationPermission } from "./use-notification-permission";

/** Whether this browser wants a notification for each new alert (off until a person turns it on). */
const notifyStore = createStore<boolean>(false, {
  area: "local",
  key: "switchboard-alert-notify",
  parse: (raw) => (typeof raw === "boolean" ? raw : null),
});

/**
 * Opt-in browser notifications for new alerts (not for muted groups). Mounted once, by the
 * providers; it watches `alert:raised` on the feed.
 */
export function useAlertNotifications(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const socket = getSocket();
    const onAlert = (alert: Alert) => {
      if (!notifyStore.get() || !("Notification" in window) || Notification.permission !== "granted") return;
      const key = alertGroupKey(alert);
      if (alertMarksStore.get().muted[key]) return;
      // One notification per group: a repeat replaces the last one.
      new Notification("Switchboard alert", { body: alert.message, tag: `switchboard-alert-${key}` });
    };
    socket.on("alert:raised", onAlert);
    return () => {
      socket.off("alert:raised", onAlert);
    };
  }, [enabled]);
}

/** The alerts page's switch: asks the browser's permission on the click that turns it on. */
export function useAlertNotifySwitch() {
  const on = useStore(notifyStore);
  const { permission, request } = useNotificationPermission();
  return {
    on: on && permission === "granted",
    permission,
    async set(next: boolean) {
      if (next && (await request()) !== "granted") return;
      notifyStore.set(next);
    },
  };
}
