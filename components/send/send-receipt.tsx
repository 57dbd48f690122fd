"use client";

import Link from "next/link";
import { runHref, shortId } from "@/lib/format";
import { receiptSteps, type ReceiptState } from "@/lib/send-draft";
import type { SentRun } from "@/hooks/send-store";
import { useSendReceipt } from "@/hooks/use-send-receipt";
import { CheckIcon, CrossIcon, HourglassIcon, SendIcon, SpinnerIcon } from "@/components/ui/icons";
import { RouteWords } from "@/components/runs/route-words";

interface Props {
  sent: SentRun;
  onAnother: () => void;
}

const LOOK: Record<ReceiptState, { Icon: typeof CheckIcon; className: string; text: string }> = {
  accepted: { Icon: SendIcon, className: "text-sky-300", text: "Accepted by the gateway" },
  queued: { Icon: HourglassIcon, className: "text-sky-300", text: "Queued: the session is busy" },
  collected: { Icon: HourglassIcon, className: "text-zinc-300", text: "Merged with other waiting messages" },
  started: { Icon: SpinnerIcon, className: "text-sky-400", text: "Run started" },
  steered: { Icon: SpinnerIcon, className: "text-sky-400", text: "Steered into the running turn" },
  completed: { Icon: CheckIcon, className: "text-emerald-400", text: "Run completed" },
  failed: { Icon: CrossIcon, className: "text-red-400", text: "Run failed" },
};

/**
 * Where the submit button was: the message's receipt (accepted → queued, when the session was
 * busy → started → completed | failed), live, with where it waited and the run that carries it.
 */
export function SendReceipt({ sent, onAnother }: Props) {
  const { state, run } = useSendReceipt(sent);
  const { Icon, className, text } = LOOK[state];
  const route = run?.route ?? null;
  const openRunId = route?.carrierRunId ?? sent.runId;
  return (
    <div
      data-testid="send-receipt"
      data-state={state}
      data-run-id={sent.runId}
      className="space-y-2 rounded border border-zinc-700 bg-zinc-900/60 px-3 py-2"
    >
      <p role="status" className={`flex items-center gap-1.5 text-sm font-medium ${className}`}>
        <Icon />
        {text}
      </p>
      <ol aria-label="Receipt" className="flex flex-wrap items-center gap-1.5 text-xs">
        {receiptSteps(state, route !== null).map(({ step, reached }, i) => (
          <li
            key={step}
            className={reached ? (step === "failed" ? "text-red-300" : "text-zinc-200") : "text-zinc-600"}
          >
            {i > 0 && (
              <span aria-hidden="true" className="mr-1.5 text-zinc-700">
                →
              </span>
            )}
            {step}
            {!reached && <span className="sr-only"> (not yet)</span>}
          </li>
        ))}
      </ol>
      {route && run && <RouteWords route={route} run={run} testId="send-route" />}
      {sent.duplicate && (
        <p className="text-xs text-zinc-400">This draft had already been sent: no second run was started.</p>
      )}
      <div className="flex flex-wrap items-center gap-3 text-xs">
        <Link href={runHref(openRunId)} className="rounded text-sky-300 hover:underline">
          Open run <span className="font-mono">{shortId(openRunId)}</span> →
        </Link>
        <button
          type="button"
          onClick={onAnother}
          className="ml-auto rounded border border-zinc-700 px-2 py-1 text-zinc-300 hover:bg-zinc-800"
        >
          Send another
        </button>
      </div>
    </div>
  );
}
