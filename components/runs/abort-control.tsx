"use client";

import { useState } from "react";
import { useAbortRun } from "@/hooks/use-abort-run";
import { ActionProblem } from "@/components/ui/action-problem";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { SpinnerIcon, StopIcon } from "@/components/ui/icons";

interface Props {
  runId: string;
  /** Queued or running: something to abort. */
  live: boolean;
}

/** Abort, after asking; then what the gateway did. Disabled once the run is over. */
export function AbortControl({ runId, live }: Props) {
  const [asking, setAsking] = useState(false);
  const { abort, pending, result, problem } = useAbortRun(runId);
  const confirm = () => {
    setAsking(false);
    abort();
  };
  return (
    <>
      <button
        type="button"
        data-testid="abort-button"
        disabled={!live || pending}
        onClick={() => setAsking(true)}
        title={live ? "Stop this run" : "The run is not running"}
        className="inline-flex items-center gap-1 rounded border border-red-800/70 px-2 py-0.5 text-xs text-red-300 hover:bg-red-950/50 disabled:cursor-not-allowed disabled:border-zinc-800 disabled:text-zinc-600 disabled:hover:bg-transparent"
      >
        {pending ? <SpinnerIcon /> : <StopIcon />}
        {pending ? "Aborting…" : "Abort"}
      </button>
      {result && (
        <span
          role="status"
          data-testid="abort-result"
          className={`text-xs ${result.aborted ? "text-orange-300" : "text-zinc-400"}`}
        >
          {result.aborted
            ? "Abort sent: the run is stopping."
            : "Nothing to abort: the run had already ended."}
        </span>
      )}
      {problem && (
        <div className="basis-full">
          <ActionProblem problem={problem} testId="abort-error" />
        </div>
      )}
      <ConfirmDialog
        open={asking}
        title="Abort this run?"
        confirmLabel="Abort run"
        confirmTestId="abort-confirm"
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        The agent stops at once and its reply stays unfinished. This cannot be undone.
      </ConfirmDialog>
    </>
  );
}
