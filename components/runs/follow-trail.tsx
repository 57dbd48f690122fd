import Link from "next/link";
import type { FollowStep } from "@/lib/follow";
import { runHref, shortId } from "@/lib/format";

interface Props {
  trail: FollowStep[];
  currentRunId: string;
  labels: ReadonlyMap<string, string>;
}

const VIA: Record<FollowStep["via"], string> = {
  start: "from",
  handoff: "handed off to",
  reply: "reply in",
  carried: "runs as",
};

/** Where following went: each run it moved to, and how (handoff, reply), each a link. */
export function FollowTrail({ trail, currentRunId, labels }: Props) {
  return (
    <nav
      data-testid="follow-trail"
      aria-label="Followed so far"
      className="rounded border border-sky-900/60 bg-sky-950/20 px-2.5 py-1.5 text-xs"
    >
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        <li className="font-medium text-sky-300">Followed:</li>
        {trail.map((step, i) => {
          const current = step.runId === currentRunId;
          return (
            <li key={`${step.runId}-${i}`} className="inline-flex min-w-0 items-center gap-1.5">
              {i > 0 && (
                <span aria-hidden="true" className="text-zinc-600">
                  →
                </span>
              )}
              <span className="text-zinc-500">{VIA[step.via]}</span>
              <Link
                href={runHref(step.runId)}
                aria-current={current ? "page" : undefined}
                title={`${step.runId} · ${step.sessionKey}`}
                className={`max-w-[14rem] truncate rounded hover:underline ${current ? "text-zinc-100" : "text-sky-300"}`}
              >
                {labels.get(step.sessionKey) ?? step.sessionKey}{" "}
                <span className="font-mono text-zinc-500">{shortId(step.runId)}</span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
