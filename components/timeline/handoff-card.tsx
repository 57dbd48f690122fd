import Link from "next/link";
import { formatDuration, runHref, shortId } from "@/lib/format";
import type { Hop } from "@/lib/hops";
import { receiptSteps } from "@/lib/hop-view";
import { deliveryWords } from "@/lib/hop-words";
import { HopStateBadge } from "@/components/ui/hop-state-badge";
import { PolicyNotes } from "@/components/ui/policy-notes";
import { AgentText } from "@/components/ui/agent-text";
import { SessionLink } from "@/components/ui/session-link";
import { HopQueue } from "./hop-queue";
import { ReceiptStepper } from "./receipt-stepper";

interface Props {
  hop: Hop;
  targetLabel: string | null;
}

/**
 * Where a sessions_send / sessions_spawn went (or which label named no session), its receipt
 * so far, how it waited in a busy target, the run it started, and what the policies did.
 */
export function HandoffCard({ hop, targetLabel }: Props) {
  const t = hop.timestamps;
  const delivery = deliveryWords(hop);
  return (
    <section
      data-testid="handoff-card"
      data-state={hop.state}
      data-target-session={hop.targetSessionKey ?? ""}
      aria-label="Handoff"
      className="space-y-1.5 border-t border-zinc-800 bg-violet-950/10 px-2.5 py-1.5 text-xs"
    >
      <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1">
        <span className="inline-flex min-w-0 items-center gap-1 text-zinc-400">
          {hop.kind === "spawn" ? "Spawned in" : "Sent to"}
          {hop.targetSessionKey ? (
            <SessionLink sessionKey={hop.targetSessionKey} label={targetLabel} className="text-violet-300" />
          ) : hop.targetLabel ? (
            <span data-testid="unknown-label" className="text-red-300">
              label {hop.targetLabel} (no such session)
            </span>
          ) : (
            "an unknown session"
          )}
          {hop.targetSessionKey && hop.targetLabel && hop.targetLabel !== targetLabel && (
            <span className="text-zinc-500">(by label {hop.targetLabel})</span>
          )}
        </span>
        <HopStateBadge state={hop.state} />
        {hop.targetRunId && (
          <Link href={runHref(hop.targetRunId)} className="rounded text-sky-300 hover:underline">
            target run <span className="font-mono">{shortId(hop.targetRunId)}</span> →
          </Link>
        )}
        <span className="text-zinc-500">
          {hop.waitSeconds === 0
            ? "fire-and-forget"
            : hop.waitSeconds !== null
              ? `waits up to ${hop.waitSeconds} s`
              : null}
        </span>
      </div>
      <ReceiptStepper steps={receiptSteps(hop)} />
      <HopQueue hop={hop} targetName={targetLabel ?? hop.targetSessionKey ?? "the target"} />
      {t.callerReleasedAt !== null && (
        <p className="text-amber-300">
          The caller stopped waiting after {formatDuration(t.callerReleasedAt - t.sentAt)} (
          {hop.callerStatus ?? "released"})
          {hop.state === "caller_released" || hop.state === "queued" ? ": the target still has it." : "."}
        </p>
      )}
      {hop.callerStatus &&
        !["ok", "accepted", "timeout", "error", "forbidden"].includes(hop.callerStatus) && (
          <p className="text-zinc-400">The caller was told: {hop.callerStatus}.</p>
        )}
      {delivery && <p className="text-zinc-500">{delivery[0]!.toUpperCase() + delivery.slice(1)}.</p>}
      {hop.error && (
        <p className="break-words text-red-300">
          <AgentText text={hop.error} />
        </p>
      )}
      <PolicyNotes notes={hop.notes} />
    </section>
  );
}
