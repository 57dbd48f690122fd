"use client";

import { useEffect } from "react";
import { useQuery, useQueryClient, type QueryClient } from "@tanstack/react-query";
import { lastCursor, mergeEvents } from "@/lib/live-cache";
import type { TimelineBatch } from "@/lib/socket";
import { TimelinePage, type TimelineEvent } from "@/lib/timeline";
import { getJson, queryString } from "./api";
import { queryKeys } from "./query-keys";
import { getSocket } from "./socket";

/**
 * A run's events, sorted by cursor, each once. The stored events come over HTTP; then the
 * socket subscription replays what came since the newest cursor held and streams the rest.
 * On every reconnect it resubscribes from the newest cursor held, so nothing is missed.
 */
export function useRunTimeline(runId: string) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: queryKeys.timeline(runId),
    queryFn: ({ signal }) => fetchTimeline(queryClient, runId, signal),
  });
  const loaded = query.isSuccess;

  useEffect(() => {
    if (!loaded) return;
    const socket = getSocket();
    const key = queryKeys.timeline(runId);
    const subscribe = () => {
      const after = lastCursor(queryClient.getQueryData<TimelineEvent[]>(key) ?? []);
      socket.emit("run:subscribe", { runId, after }, () => {});
    };
    const onBatch = (batch: TimelineBatch) => {
      if (batch.runId !== runId) return;
      queryClient.setQueryData<TimelineEvent[]>(key, (held = []) => mergeEvents(held, batch.events));
    };
    socket.on("timeline:appended", onBatch);
    socket.on("connect", subscribe);
    if (socket.connected) subscribe();
    return () => {
      socket.off("timeline:appended", onBatch);
      socket.off("connect", subscribe);
      socket.emit("run:unsubscribe", { runId });
    };
  }, [loaded, runId, queryClient]);

  return query;
}

/** Every stored page, merged into whatever the socket already delivered. */
async function fetchTimeline(
  queryClient: QueryClient,
  runId: string,
  signal: AbortSignal,
): Promise<TimelineEvent[]> {
  let events: TimelineEvent[] = [];
  let after: number | null = 0;
  while (after !== null) {
    const path = `/api/runs/${encodeURIComponent(runId)}/events${queryString({ after })}`;
    const page: TimelinePage = await getJson(path, TimelinePage, signal);
    events = mergeEvents(events, page.events);
    after = page.events.length > 0 ? page.nextAfter : null;
  }
  return mergeEvents(queryClient.getQueryData<TimelineEvent[]>(queryKeys.timeline(runId)) ?? [], events);
}
