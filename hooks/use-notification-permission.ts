"use client";

import { useEffect, useState } from "react";

export type NotifyPermission = NotificationPermission | "unsupported";

function current(): NotifyPermission {
  return typeof window !== "undefined" && "Notification" in window ? Notification.permission : "unsupported";
}

/** The browser's notification permission, and a way to ask for it (only ever on a click). */
export function useNotificationPermission() {
  const [permission, setPermission] = useState<NotifyPermission>("default");
  useEffect(() => setPermission(current()), []);

  const request = async (): Promise<NotifyPermission> => {
    const now = current();
    const answer = now === "default" ? await Notification.requestPermission() : now;
    setPermission(answer);
    return answer;
  };
  return { permission, request };
}
