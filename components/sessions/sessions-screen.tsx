"use client";

import { useSessions } from "@/hooks/use-sessions";
import { Notice } from "@/components/ui/notice";
import { SessionsTable } from "./sessions-table";

/** The live sessions list. */
export function SessionsScreen() {
  const sessions = useSessions();
  if (sessions.data) {
    return sessions.data.length > 0 ? (
      <SessionsTable sessions={sessions.data} />
    ) : (
      <Notice>No sessions yet. They appear here when the gateway reports them.</Notice>
    );
  }
  return sessions.isError ? (
    <Notice tone="error">Could not load sessions: {sessions.error.message}</Notice>
  ) : (
    <Notice tone="loading">Loading sessions…</Notice>
  );
}
