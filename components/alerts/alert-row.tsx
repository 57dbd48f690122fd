import Link from "next/link";
import type { Alert } from "@/lib/alerts";
import { runHref } from "@/lib/format";
import { CrossIcon, LockIcon, LoopIcon, WarningIcon } from "@/components/ui/icons";
import { RelativeTime } from "@/components/ui/relative-time";
import { SessionLink } from "@/components/ui/session-link";
import { DeadlockCountdown } from "./deadlock-countdown";

interface Props {
  alert: Alert;
  labels: ReadonlyMap<string, string>;
}

const LOOK: Record<Alert["kind"], { Icon: typeof LoopIcon; word: string; className: string }> = {
  loop: { Icon: LoopIcon, word: "loop", className: "text-red-400" },
  depth: { Icon: WarningIcon, word: "depth passed", className: "text-amber-400" },
  failed_hop: { Icon: CrossIcon, word: "failed hop", className: "text-red-400" },
  deadlock: { Icon: LockIcon, word: "deadlock", className: "text-red-400" },
  duplicate_delivery: { Icon: WarningIcon, word: "delivered twice", className: "text-amber-400" },
};

/** One alert: what kind, what it says, the sessions, and the way to its chain. */
export function AlertRow({ alert, labels }: Props) {
  const { Icon, word, className } = LOOK[alert.kind];
  return (
    <li
      data-nav-item=""
      data-testid="alert-row"
      data-kind={alert.kind}
      className="space-y-1 border-t border-zinc-800/70 px-3 py-2 first:border-t-0"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className={`inline-flex items-center gap-1.5 ${className}`}>
          <Icon />
          {word}
        </span>
        <span className="text-xs text-zinc-500">
          <RelativeTime ts={alert.at} />
        </span>
        <Link
          href={`${runHref(alert.rootRunId)}?view=chain`}
          className="ml-auto rounded text-xs text-sky-300 hover:underline"
        >
          Open chain →
        </Link>
      </div>
      <p className="break-words text-zinc-200">{alert.message}</p>
      {alert.kind === "deadlock" && alert.endedAt === null && alert.breaksAt !== null && (
        <DeadlockCountdown breaksAt={alert.breaksAt} />
      )}
      <p className="flex flex-wrap items-center gap-x-1.5 text-xs text-zinc-400">
        {alert.sessions.map((key, i) => (
          <span key={`${i}:${key}`} className="inline-flex min-w-0 items-center gap-1.5">
            {i > 0 && (
              <span aria-hidden="true" className="text-zinc-600">
                →
              </span>
            )}
            <SessionLink sessionKey={key} label={labels.get(key) ?? null} />
          </span>
        ))}
      </p>
    </li>
  );
}
