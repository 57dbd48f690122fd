"use client";

import { useSyncExternalStore } from "react";

export type NotifyPermission = NotificationPermission | "unsupported";

function current(): NotifyPermission {
  return typeof window !== "undefined" && "Notification" in window ? Notification.permission : "unsupported";
}

/** The browser says nothing when a permission changes, so a request tells the subscribers itself. */
const listeners = new Set<() => void>();
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The browser's notification permission, and a way to ask for it (only ever on a click). */
export function useNotificationPermission() {
  const permission = useSyncExternalStore<NotifyPermission>(subscribe, current, () => "default");

  const request = async (): Promise<NotifyPermission> => {
    const now = current();
    const answer = now === "default" ? await Notification.requestPermission() : now;
    listeners.forEach((listener) => listener());
    return answer;
  };
  return { permission, request };
}
