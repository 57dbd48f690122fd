"use client";

import type { ProgressKind } from "@/lib/progress";
import { setNotify, Subscriptions, subscriptionFor, toggleKind, type Scope } from "@/lib/subscriptions";
import { createStore, useStore } from "./client-store";
import { useNotificationPermission } from "./use-notification-permission";

/** Every subscription of this browser (localStorage), shared with the notifier. */
export const subscriptionsStore = createStore<Subscriptions>(
  {},
  {
    area: "local",
    key: "switchboard:subscriptions",
    parse: (raw) => Subscriptions.safeParse(raw).data ?? null,
  },
);

/**
 * "Notify me" for a run or a session: the event kinds its timelines show (a run inherits its
 * session's), and whether a run's end raises a notification. Turning notifications on asks the
 * browser's permission first; when it is refused or missing, they stay off and `permission` says so.
 */
export function useSubscription(scope: Scope) {
  const subscription = subscriptionFor(useStore(subscriptionsStore), scope);
  const { permission, request } = useNotificationPermission();

  const toggle = (kind: ProgressKind) => subscriptionsStore.set((subs) => toggleKind(subs, scope, kind));
  const setNotifying = async (on: boolean) => {
    const allowed = !on || (permission !== "unsupported" && (await request()) === "granted");
    if (allowed) subscriptionsStore.set((subs) => setNotify(subs, scope, on));
  };
  return { ...subscription, toggle, setNotifying, permission };
}
