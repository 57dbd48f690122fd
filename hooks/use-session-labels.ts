"use client";

import { useMemo } from "react";
import { sessionLabels } from "@/lib/format";
import { useSessions } from "./use-sessions";

/** Labels by session key, for the sessions that have one (empty while the catalog loads). */
export function useSessionLabels(): ReadonlyMap<string, string> {
  const sessions = useSessions().data;
  return useMemo(() => sessionLabels(sessions ?? []), [sessions]);
}
