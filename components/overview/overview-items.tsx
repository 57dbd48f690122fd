import Link from "next/link";
import type { Alert } from "@/lib/alerts";
import { oneLine, runHref, shortId, toolCallHref } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import { HopWaits } from "@/components/handoffs/hop-waits";
import { Elapsed } from "@/components/ui/elapsed";
import { HopStateBadge } from "@/components/ui/hop-state-badge";
import { RelativeTime } from "@/components/ui/relative-time";
import { SessionLink } from "@/components/ui/session-link";
import { StatusBadge } from "@/components/ui/status-badge";

type Labels = ReadonlyMap<string, string>;
const item = "flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2";
const idLink = "rounded font-mono text-xs text-sky-300 hover:underline";

/** A run: status, id (to its page), session, and its time, ticking while it runs. */
export function RunItem({ run, labels }: { run: RunSummary; labels: Labels }) {
  return (
    <li data-nav-item="" data-testid="overview-run" data-run-id={run.runId} className={item}>
      <StatusBadge status={run.status} />
      <Link href={runHref(run.runId)} title={run.runId} className={idLink}>
        {shortId(run.runId)}
      </Link>
      <SessionLink
        sessionKey={run.sessionKey}
        label={labels.get(run.sessionKey) ?? null}
        className="max-w-[16rem]"
      />
      <span className="ml-auto text-zinc-300" title="Elapsed">
        {run.startedAt ? <Elapsed from={run.startedAt} to={run.endedAt} /> : "waiting"}
      </span>
      {run.error && <p className="w-full truncate text-xs text-red-300">{oneLine(run.error, 160)}</p>}
    </li>
  );
}

/** A hop: receipt state, caller → target, its waits, linking to the call in the caller's timeline. */
export function HopItem({ hop, labels }: { hop: Hop; labels: Labels }) {
  return (
    <li
      data-nav-item=""
      data-testid="overview-hop"
      data-hop-id={hop.hopId}
      data-state={hop.state}
      className={item}
    >
      <HopStateBadge state={hop.state} />
      <span className="flex min-w-0 items-center gap-1">
        <SessionLink
          sessionKey={hop.callerSessionKey}
          label={labels.get(hop.callerSessionKey) ?? null}
          className="max-w-[10rem]"
        />
        <span aria-label="to" className="text-zinc-400">
          →
        </span>
        {hop.targetSessionKey ? (
          <SessionLink
            sessionKey={hop.targetSessionKey}
            label={labels.get(hop.targetSessionKey) ?? null}
            className="max-w-[10rem]"
          />
        ) : (
          <span className="max-w-[10rem] truncate text-zinc-300" title={hop.targetLabel ?? undefined}>
            {hop.targetLabel ?? "unknown"}
          </span>
        )}
      </span>
      <Link
        href={toolCallHref(hop.callerRunId, hop.toolCallId)}
        className="ml-auto rounded text-xs text-sky-300 hover:underline"
      >
        sent <RelativeTime ts={hop.timestamps.sentAt} />
      </Link>
      <div className="w-full overflow-x-auto">
        <HopWaits hop={hop} />
      </div>
    </li>
  );
}

/** A deadlock or loop alert, linking to its chain. */
export function AlertItem({ alert }: { alert: Alert }) {
  return (
    <li data-nav-item="" data-testid="overview-alert" data-kind={alert.kind} className={item}>
      <Link
        href={`${runHref(alert.rootRunId)}?view=chain`}
        className="min-w-0 rounded break-words text-zinc-200 hover:underline"
      >
        {alert.message}
      </Link>
      <span className="ml-auto text-xs text-zinc-400">
        <RelativeTime ts={alert.at} />
      </span>
    </li>
  );
}
