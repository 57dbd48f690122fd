"use client";

import { useEffect } from "react";
import type { QueryClient } from "@tanstack/react-query";
import { sessionLabels } from "@/lib/format";
import type { RunStatus, RunSummary } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import { justEnded, notificationText, subscriptionFor, wantsNotification } from "@/lib/subscriptions";
import { queryKeys } from "./query-keys";
import { getSocket } from "./socket";
import { followStore } from "./use-follow-run";
import { subscriptionsStore } from "./use-subscription";

/**
 * Raises a browser notification when a subscribed run (or any run of a subscribed session)
 * ends, and when a followed run ends while its trail started on a subscribed run. Mounted once,
 * by the providers; it watches `run:updated` on the feed.
 */
export function useRunNotifications(queryClient: QueryClient, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const socket = getSocket();
    const last = new Map<string, RunStatus>();
    const onRun = (run: RunSummary) => {
      const previous = last.get(run.runId);
      last.set(run.runId, run.status);
      if (!justEnded(previous, run) || !("Notification" in window) || Notification.permission !== "granted")
        return;
      const subs = subscriptionsStore.get();
      const follow = followStore.get();
      const trailNotifies =
        follow.on &&
        follow.trail.some((s) => subscriptionFor(subs, { runId: s.runId, sessionKey: s.sessionKey }).notify);
      const followed = new Set(trailNotifies ? follow.trail.map((s) => s.runId) : []);
      if (!wantsNotification(subs, run, followed)) return;
      const label =
        sessionLabels(queryClient.getQueryData<SessionSummary[]>(queryKeys.sessions) ?? []).get(
          run.sessionKey,
        ) ?? null;
      const { title, body } = notificationText(run, label);
      // The tag lets the system show one notification per run, also across tabs.
      new Notification(title, { body, tag: `switchboard-run-${run.runId}` });
    };
    socket.on("run:updated", onRun);
    return () => {
      socket.off("run:updated", onRun);
    };
  }, [queryClient, enabled]);
}
