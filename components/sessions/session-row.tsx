import Link from "next/link";
import { sessionHref, sessionLabel } from "@/lib/format";
import type { SessionSummary } from "@/lib/sessions";
import { RelativeTime } from "@/components/ui/relative-time";

interface Props {
  session: SessionSummary;
}

const cell = "px-3 py-1.5 align-top";

export function SessionRow({ session }: Props) {
  const label = sessionLabel(session);
  return (
    <tr
      data-nav-item=""
      data-testid="session-row"
      data-session-key={session.sessionKey}
      className="border-t border-zinc-800/70 hover:bg-zinc-900/60"
    >
      <td data-label="Session" className={`${cell} max-w-[18rem]`}>
        <Link
          href={sessionHref(session.sessionKey)}
          className="block truncate rounded text-sky-300 hover:underline"
        >
          {label ?? <span className="font-mono text-xs">{session.sessionKey}</span>}
        </Link>
        {label && (
          <span className="block truncate font-mono text-[0.7rem] text-zinc-500">{session.sessionKey}</span>
        )}
      </td>
      <td data-label="Agent" className={`${cell} hidden sm:table-cell`}>
        {session.agentId ?? "—"}
      </td>
      <td data-label="Runs" className={`${cell} text-right tabular-nums`}>
        {session.runs}
      </td>
      <td
        data-label="Active"
        className={`${cell} text-right tabular-nums ${session.activeRuns > 0 ? "text-sky-300" : "text-zinc-500"}`}
      >
        {session.activeRuns}
      </td>
      <td data-label="Last activity" className={`${cell} text-zinc-400`}>
        {session.lastActivityAt ? <RelativeTime ts={session.lastActivityAt} /> : "—"}
      </td>
      <td data-label="Gateway status" className={`${cell} hidden text-zinc-500 md:table-cell`}>
        {session.gatewayStatus ?? "—"}
      </td>
    </tr>
  );
}
