import { formatAbsolute, formatClock } from "@/lib/format";
import { HOP_STATE_WORD, type ReceiptStep } from "@/lib/hop-view";
import { CheckIcon, CrossIcon } from "@/components/ui/icons";

interface Props {
  steps: ReceiptStep[];
}

const TONE = { done: "text-emerald-400", pending: "text-zinc-600", bad: "text-red-400" } as const;

/** sent → delivered → started → completed, each with its time once it happened. */
export function ReceiptStepper({ steps }: Props) {
  return (
    <ol aria-label="Receipt" className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
      {steps.map((step, i) => (
        <li key={step.state} className={`inline-flex items-center gap-1 ${TONE[step.tone]}`}>
          {i > 0 && (
            <span aria-hidden="true" className="text-zinc-700">
              →
            </span>
          )}
          {step.tone === "bad" ? (
            <CrossIcon />
          ) : step.tone === "done" ? (
            <CheckIcon />
          ) : (
            <span aria-hidden="true" className="inline-block size-2 rounded-full border border-current" />
          )}
          <span className={step.tone === "pending" ? "" : "text-zinc-300"}>{HOP_STATE_WORD[step.state]}</span>
          {step.at !== null && (
            <time
              dateTime={new Date(step.at).toISOString()}
              title={formatAbsolute(step.at)}
              className="font-mono text-[0.7rem] text-zinc-500"
            >
              {formatClock(step.at)}
            </time>
          )}
          {step.tone === "pending" && <span className="sr-only">(not yet)</span>}
        </li>
      ))}
    </ol>
  );
}
