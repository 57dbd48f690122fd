"use client";

import { sessionHref } from "@/lib/format";
import type { RunStatus } from "@/lib/runs";
import { useSessions } from "@/hooks/use-sessions";
import { useSubscription } from "@/hooks/use-subscription";
import { RunsScreen } from "@/components/runs/runs-screen";
import { StatusFilter } from "@/components/runs/status-filter";
import { SendButton } from "@/components/send/send-button";
import { NotifyControl } from "@/components/subscribe/notify-control";
import { SessionHeader } from "./session-header";

interface Props {
  sessionKey: string;
  status: RunStatus | undefined;
}

/** One session: its catalog entry, sending to it, being notified of its runs, and its live runs. */
export function SessionScreen({ sessionKey, status }: Props) {
  const session = useSessions().data?.find((s) => s.sessionKey === sessionKey) ?? null;
  const subscription = useSubscription({ runId: null, sessionKey });
  return (
    <div className="space-y-4">
      <SessionHeader
        sessionKey={sessionKey}
        session={session}
        actions={<SendButton sessionKey={sessionKey} label="Send to this session" testId="send-to-session" />}
      />
      <NotifyControl
        subject="session"
        kinds={subscription.kinds}
        notify={subscription.notify}
        permission={subscription.permission}
        onToggleKind={subscription.toggle}
        onNotify={(on) => void subscription.setNotifying(on)}
        kindsLabel="Its runs show"
      />
      <RunsScreen
        filters={{ status, session: sessionKey }}
        filterBar={<StatusFilter basePath={sessionHref(sessionKey)} current={status} />}
        showSession={false}
      />
    </div>
  );
}
