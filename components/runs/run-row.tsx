import Link from "next/link";
import { oneLine, runHref, sessionHref, shortId } from "@/lib/format";
import type { HopCounts, RunSummary } from "@/lib/runs";
import { Elapsed } from "@/components/ui/elapsed";
import { RelativeTime } from "@/components/ui/relative-time";
import { StatusBadge } from "@/components/ui/status-badge";

interface Props {
  run: RunSummary;
  hops: HopCounts | null;
  /** The session's label, when it has one. */
  sessionLabel: string | null;
  showSession: boolean;
}

const cell = "px-2 py-1.5 align-top sm:px-3";
const muted = <span className="text-zinc-600">—</span>;

export function RunRow({ run, hops, sessionLabel, showSession }: Props) {
  return (
    <tr
      data-testid="run-row"
      data-nav-item=""
      data-run-id={run.runId}
      data-status={run.status}
      className="border-t border-zinc-800/70 hover:bg-zinc-900/60 focus-visible:bg-zinc-900"
    >
      <td data-label="Status" className={cell}>
        <StatusBadge status={run.status} />
      </td>
      <td data-label="Run" className={cell}>
        <Link
          href={runHref(run.runId)}
          title={run.runId}
          className="rounded font-mono text-xs text-sky-300 hover:underline"
        >
          {shortId(run.runId)}
        </Link>
      </td>
      {showSession && (
        <td data-label="Session" className={`${cell} max-w-[9rem] sm:max-w-[14rem]`}>
          <Link
            href={sessionHref(run.sessionKey)}
            className="block truncate rounded hover:underline"
            title={run.sessionKey}
          >
            {sessionLabel ?? <span className="font-mono text-xs">{run.sessionKey}</span>}
          </Link>
          {sessionLabel && (
            <span className="hidden truncate font-mono text-[0.7rem] text-zinc-500 sm:block">
              {run.sessionKey}
            </span>
          )}
        </td>
      )}
      <td data-label="Agent" className={`${cell} hidden sm:table-cell`}>
        {run.agentId ?? muted}
      </td>
      <td data-label="Started" className={`${cell} text-zinc-400`}>
        {run.startedAt ? <RelativeTime ts={run.startedAt} /> : muted}
      </td>
      <td data-label="Duration" className={`${cell} hidden text-right sm:table-cell`}>
        {run.startedAt ? <Elapsed from={run.startedAt} to={run.endedAt} /> : muted}
      </td>
      <td data-label="Tools" className={`${cell} hidden text-right tabular-nums md:table-cell`}>
        {run.toolCalls}
      </td>
      <td
        data-label="Hops out/in"
        data-testid="run-hops"
        className={`${cell} hidden text-right tabular-nums md:table-cell`}
      >
        {hops ? `${hops.out} / ${hops.in}` : muted}
      </td>
      <td
        data-label="Reply"
        className={`${cell} hidden max-w-[24rem] truncate xl:table-cell ${run.error ? "text-red-300" : "text-zinc-500"}`}
      >
        {oneLine(run.error ?? run.reply ?? "", 160)}
      </td>
    </tr>
  );
}
