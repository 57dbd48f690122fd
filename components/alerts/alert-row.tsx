import Link from "next/link";
import type { AlertGroup } from "@/lib/alert-groups";
import type { Alert } from "@/lib/alerts";
import { runHref } from "@/lib/format";
import { CrossIcon, LockIcon, LoopIcon, WarningIcon } from "@/components/ui/icons";
import { RelativeTime } from "@/components/ui/relative-time";
import { SessionLink } from "@/components/ui/session-link";
import { DeadlockCountdown } from "./deadlock-countdown";

interface Props {
  group: AlertGroup;
  labels: ReadonlyMap<string, string>;
  /** Raised again since this person last acknowledged it. */
  unread: boolean;
  muted: boolean;
  onAcknowledge: () => void;
  onMute: (muted: boolean) => void;
}

const action = "rounded border border-zinc-700 px-2 py-0.5 text-xs text-zinc-300 hover:bg-zinc-800";

const LOOK: Record<Alert["kind"], { Icon: typeof LoopIcon; word: string; className: string }> = {
  loop: { Icon: LoopIcon, word: "loop", className: "text-red-400" },
  depth: { Icon: WarningIcon, word: "depth passed", className: "text-amber-400" },
  failed_hop: { Icon: CrossIcon, word: "failed hop", className: "text-red-400" },
  deadlock: { Icon: LockIcon, word: "deadlock", className: "text-red-400" },
  duplicate_delivery: { Icon: WarningIcon, word: "delivered twice", className: "text-amber-400" },
};

/** One alert condition: what kind, what it says, how often and when last, the sessions, its chain, and what to do about it. */
export function AlertRow({ group, labels, unread, muted, onAcknowledge, onMute }: Props) {
  const alert = group.latest;
  const { Icon, word, className } = LOOK[alert.kind];
  return (
    <li
      data-nav-item=""
      data-testid="alert-row"
      data-kind={alert.kind}
      data-count={group.count}
      data-unread={unread}
      className="space-y-1 border-t border-zinc-800/70 px-3 py-2 first:border-t-0"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className={`inline-flex items-center gap-1.5 ${className}`}>
          <Icon />
          {word}
        </span>
        {group.count > 1 && (
          <span
            data-testid="alert-count"
            className="rounded-full bg-zinc-800 px-1.5 text-xs text-zinc-200 tabular-nums"
          >
            ×{group.count}
          </span>
        )}
        <span className="text-xs text-zinc-400">
          {group.count > 1 ? "last " : ""}
          <RelativeTime ts={group.lastAt} />
        </span>
        {unread && <span className="text-xs font-medium text-sky-300">new</span>}
        <Link
          href={`${runHref(alert.rootRunId)}?view=chain`}
          className="ml-auto rounded text-xs text-sky-300 hover:underline"
        >
          Open chain →
        </Link>
      </div>
      <p className="break-words text-zinc-200">{alert.message}</p>
      <div className="flex gap-2">
        {unread && (
          <button type="button" data-testid="alert-ack" onClick={onAcknowledge} className={action}>
            Acknowledge
          </button>
        )}
        <button type="button" data-testid="alert-mute" onClick={() => onMute(!muted)} className={action}>
          {muted ? "Unmute" : "Mute"}
        </button>
      </div>
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
