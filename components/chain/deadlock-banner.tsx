"use client";

import { useState } from "react";
import Link from "next/link";
import { deadlockCountdown, deadlockOutcome, deadlockStory } from "@/lib/deadlock-view";
import type { Deadlock } from "@/lib/deadlocks";
import { runHref, shortId } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import { useBreakDeadlock } from "@/hooks/use-break-deadlock";
import { useNow } from "@/hooks/use-now";
import { ActionProblem } from "@/components/ui/action-problem";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { LockIcon, SpinnerIcon } from "@/components/ui/icons";

interface Props {
  deadlock: Deadlock;
  hops: readonly Hop[];
  labels: ReadonlyMap<string, string>;
}

/**
 * "Deadlock: A waits for B; B's message to A is queued behind A's run. Breaks in 7 s, when A's
 * 10 s wait runs out." Counts down while it holds, offers Break now (after asking), then says
 * how it ended.
 */
export function DeadlockBanner({ deadlock, hops, labels }: Props) {
  const now = useNow();
  const [asking, setAsking] = useState(false);
  const { breakNow, pending, result, problem } = useBreakDeadlock(deadlock.deadlockId);
  const name = (key: string | null) => (key === null ? "?" : (labels.get(key) ?? key));
  const live = deadlock.endedAt === null;
  const closing = hops.find((h) => h.hopId === deadlock.hopIds.at(-1));
  const closer = closing ? name(closing.callerSessionKey) : "the closing session";
  return (
    <div
      data-testid="deadlock-banner"
      data-state={live ? "live" : "ended"}
      role="status"
      className={`space-y-1.5 rounded border px-3 py-2 ${live ? "border-red-800 bg-red-950/40 text-red-100" : "border-zinc-700 bg-zinc-900/60 text-zinc-300"}`}
    >
      <p className="flex items-start gap-2">
        <LockIcon className={`mt-0.5 ${live ? "text-red-400" : "text-zinc-500"}`} />
        <span className="break-words">
          <span className="font-semibold">{live ? "Deadlock:" : "Deadlock (over):"}</span>{" "}
          {deadlockStory(deadlock, hops, name)}
        </span>
      </p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pl-5.5 text-sm">
        <span
          data-testid="deadlock-countdown"
          className={live ? "font-medium text-red-200 tabular-nums" : ""}
        >
          {live ? deadlockCountdown(deadlock, hops, name, now) : deadlockOutcome(deadlock, hops, name)}
        </span>
        {live && (
          <button
            type="button"
            data-testid="break-deadlock"
            disabled={pending || result !== null}
            onClick={() => setAsking(true)}
            className="inline-flex items-center gap-1 rounded border border-red-700 px-2 py-0.5 text-xs text-red-200 hover:bg-red-900/50 disabled:cursor-not-allowed disabled:opacity-60"
          >
            {pending && <SpinnerIcon />}
            {pending ? "Breaking…" : "Break now"}
          </button>
        )}
        {result && (
          <span data-testid="break-result" className="text-xs text-orange-300">
            {result.aborted ? `Aborted ${closer}'s run: the cycle is breaking.` : "It had already ended."}
          </span>
        )}
      </div>
      {problem && <ActionProblem problem={problem} testId="break-error" />}
      <ConfirmDialog
        open={asking}
        title="Break this deadlock now?"
        confirmLabel={`Abort ${closer}'s run`}
        confirmTestId="break-deadlock-confirm"
        onConfirm={() => {
          setAsking(false);
          breakNow();
        }}
        onCancel={() => setAsking(false)}
      >
        Switchboard aborts {closer}&apos;s run (
        <Link href={runHref(deadlock.closingRunId)} className="font-mono text-sky-300 hover:underline">
          {shortId(deadlock.closingRunId)}…
        </Link>
        ), whose wait closes the cycle: it stops where it is, and its reply stays unfinished. The others then
        go on. This cannot be undone.
      </ConfirmDialog>
    </div>
  );
}
