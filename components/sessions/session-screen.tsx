"use client";

import { sessionHref } from "@/lib/format";
import type { RunStatus } from "@/lib/runs";
import { useSessions } from "@/hooks/use-sessions";
import { RunsScreen } from "@/components/runs/runs-screen";
import { SessionHeader } from "./session-header";

interface Props {
  sessionKey: string;
  status: RunStatus | undefined;
}

/** One session: its catalog entry and its live runs. */
export function SessionScreen({ sessionKey, status }: Props) {
  const session = useSessions().data?.find((s) => s.sessionKey === sessionKey) ?? null;
  return (
    <div className="space-y-4">
      <SessionHeader sessionKey={sessionKey} session={session} />
      <RunsScreen basePath={sessionHref(sessionKey)} status={status} session={sessionKey} />
    </div>
  );
}
