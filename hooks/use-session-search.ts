"use client";

import { useMemo, useState } from "react";
import { searchSessions } from "@/lib/send-draft";
import { useSessions } from "./use-sessions";

const SHOWN = 100;

/** The live session list, searched by label and key; at most 100 matches are shown. */
export function useSessionSearch() {
  const sessions = useSessions();
  const [query, setQuery] = useState("");
  const matches = useMemo(
    () => (sessions.data ? searchSessions(sessions.data, query) : null),
    [sessions.data, query],
  );
  return {
    query,
    setQuery,
    matches: matches?.slice(0, SHOWN) ?? null,
    more: Math.max(0, (matches?.length ?? 0) - SHOWN),
    error: sessions.error,
  };
}
