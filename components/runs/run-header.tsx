import type { ReactNode } from "react";
import Link from "next/link";
import { sessionHref } from "@/lib/format";
import type { RunSummary } from "@/lib/runs";
import { AgentText } from "@/components/ui/agent-text";
import { CopyButton } from "@/components/ui/copy-button";
import { Field } from "@/components/ui/field";
import { Elapsed } from "@/components/ui/elapsed";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";

interface Props {
  run: RunSummary;
  sessionLabel: string | null;
  /** Follow, Abort: on the right of the first line. */
  actions: ReactNode;
}

/** Status, session, agent, times and the copyable run id of one run, with its actions. */
export function RunHeader({ run, sessionLabel, actions }: Props) {
  return (
    <header className="space-y-2 border-b border-zinc-800 pb-3">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <StatusBadge status={run.status} />
        <h1 className="flex min-w-0 items-center gap-1 font-mono text-sm text-zinc-100">
          <span className="truncate" data-testid="run-id">
            {run.runId}
          </span>
          <CopyButton value={run.runId} label="Copy run id" />
        </h1>
        <div className="ml-auto flex flex-wrap items-center gap-2">{actions}</div>
      </div>
      <dl className="flex flex-wrap gap-x-5 gap-y-1 text-xs">
        <Field term="Session">
          <Link href={sessionHref(run.sessionKey)} className="rounded hover:underline" title={run.sessionKey}>
            {sessionLabel ?? <span className="font-mono">{run.sessionKey}</span>}
          </Link>
        </Field>
        <Field term="Agent">{run.agentId ?? "—"}</Field>
        <Field term="Started">{run.startedAt ? <RelativeTime ts={run.startedAt} /> : "not yet"}</Field>
        <Field term="Duration">
          {run.startedAt ? <Elapsed from={run.startedAt} to={run.endedAt} /> : "—"}
        </Field>
        <Field term="Tool calls">{run.toolCalls}</Field>
      </dl>
      {run.error && (
        <p className="text-xs text-red-300">
          <AgentText text={run.error} />
        </p>
      )}
    </header>
  );
}
