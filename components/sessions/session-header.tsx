import type { ReactNode } from "react";
import { sessionLabel } from "@/lib/format";
import type { SessionSummary } from "@/lib/sessions";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { RelativeTime } from "@/components/ui/relative-time";

interface Props {
  sessionKey: string;
  /** What the catalog says of the session; null while loading or when it is not listed. */
  session: SessionSummary | null;
  /** Send to this session, on the right of the title. */
  actions: ReactNode;
}

/** A session's name, key and counts above its runs. */
export function SessionHeader({ sessionKey, session, actions }: Props) {
  const label = session ? sessionLabel(session) : null;
  return (
    <header className="space-y-1.5 border-b border-zinc-800 pb-3">
      <div className="flex flex-wrap items-center gap-2">
        <h1 className="text-base font-semibold text-zinc-100">{label ?? "Session"}</h1>
        <div className="ml-auto">{actions}</div>
      </div>
      <p className="flex min-w-0 items-center gap-1 font-mono text-xs text-zinc-400">
        <span className="break-words">{sessionKey}</span>
        <CopyButton value={sessionKey} label="Copy session key" />
      </p>
      {session && (
        <dl className="flex flex-wrap gap-x-5 gap-y-1 text-xs">
          <Field term="Agent">{session.agentId ?? "—"}</Field>
          <Field term="Runs">{session.runs}</Field>
          <Field term="Active">{session.activeRuns}</Field>
          <Field term="Last activity">
            {session.lastActivityAt ? <RelativeTime ts={session.lastActivityAt} /> : "—"}
          </Field>
          {session.kind && <Field term="Kind">{session.kind}</Field>}
          {session.channel && <Field term="Channel">{session.channel}</Field>}
          {session.gatewayStatus && <Field term="Gateway status">{session.gatewayStatus}</Field>}
        </dl>
      )}
    </header>
  );
}
