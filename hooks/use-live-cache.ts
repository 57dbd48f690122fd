"use client";

import { useEffect } from "react";
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import type { Alert } from "@/lib/alerts";
import type { Health } from "@/lib/health";
import type { Hop } from "@/lib/hops";
import { applyRunUpdate, newerRun, upsertSession } from "@/lib/live-cache";
import type { RunSummary, RunsPage } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import { writeAlert, writeHop, writeRunToChains } from "./live-handoffs";
import { filtersOfRunListKey, queryKeys } from "./query-keys";
import { getSocket } from "./socket";

/**
 * Subscribes to the live feed and writes every socket event into the query cache, for mounted
 * and cached-but-hidden queries alike (handoff events: see live-handoffs). Mounted once, by the
 * providers. After each (re)subscription the lists, runs, chains and alerts are refetched, since
 * changes made before it were never sent (timelines catch up by themselves: they resubscribe
 * from their newest cursor).
 */
export function useLiveCache(queryClient: QueryClient, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const socket = getSocket();
    // Whatever a query read before the feed subscription took effect may have missed an event:
    // once subscribed (on every connect, the first too), read the live queries again.
    const subscribe = () =>
      socket.emit("feed:subscribe", () => {
        const { health, sessions, runLists, runDetails, chains, hopLists, alerts, gaps } = queryKeys;
        for (const queryKey of [health, sessions, runLists, runDetails, chains, hopLists, alerts, gaps]) {
          void queryClient.invalidateQueries({ queryKey });
        }
      });

    const onRun = (run: RunSummary) => {
      for (const [key] of queryClient.getQueriesData({ queryKey: queryKeys.runLists })) {
        queryClient.setQueryData<InfiniteData<RunsPage>>(key, (data) => {
          if (!data) return data;
          const pages = applyRunUpdate(data.pages, run, filtersOfRunListKey(key));
          return pages === data.pages ? data : { ...data, pages };
        });
      }
      if (queryClient.getQueryState(queryKeys.run(run.runId))) {
        queryClient.setQueryData<RunSummary>(queryKeys.run(run.runId), (held) => newerRun(run, held));
      }
      writeRunToChains(queryClient, run);
      // A run page opened before its run existed: the timeline can load now.
      if (queryClient.getQueryState(queryKeys.timeline(run.runId))?.status === "error") {
        void queryClient.invalidateQueries({ queryKey: queryKeys.timeline(run.runId) });
      }
    };
    const onSession = (session: SessionSummary) => {
      queryClient.setQueryData<SessionSummary[]>(
        queryKeys.sessions,
        (list) => list && upsertSession(list, session),
      );
    };
    const onHop = (hop: Hop) => writeHop(queryClient, hop);
    const onAlert = (alert: Alert) => writeAlert(queryClient, alert);
    const onGateway = (gateway: Health["gateway"]) => {
      queryClient.setQueryData<Health>(queryKeys.health, (health) => health && { ...health, gateway });
    };

    const onGap = () => void queryClient.invalidateQueries({ queryKey: queryKeys.gaps });

    socket.on("connect", subscribe);
    socket.on("gap:recorded", onGap);
    socket.on("run:updated", onRun);
    socket.on("session:updated", onSession);
    socket.on("gateway:updated", onGateway);
    socket.on("hop:updated", onHop);
    socket.on("alert:raised", onAlert);
    if (socket.connected) subscribe();
    return () => {
      socket.off("connect", subscribe);
      socket.off("gap:recorded", onGap);
      socket.off("run:updated", onRun);
      socket.off("session:updated", onSession);
      socket.off("gateway:updated", onGateway);
      socket.off("hop:updated", onHop);
      socket.off("alert:raised", onAlert);
    };
  }, [queryClient, enabled]);
}
