"use client";

import { useClipboard } from "@/hooks/use-clipboard";
import { CheckIcon, CopyIcon, CrossIcon } from "./icons";

interface Props {
  value: string;
  /** What is copied, for screen readers: "Copy run id". */
  label: string;
}

const FEEDBACK = { idle: "", copied: "Copied", failed: "Copy not available here" } as const;

export function CopyButton({ value, label }: Props) {
  const { state, copy } = useClipboard();
  return (
    <button
      type="button"
      onClick={() => copy(value)}
      aria-label={label}
      title={state === "idle" ? label : FEEDBACK[state]}
      className="inline-flex items-center gap-1 rounded px-1 py-0.5 text-xs text-zinc-500 hover:bg-zinc-800 hover:text-zinc-200"
    >
      {state === "copied" ? (
        <CheckIcon className="text-emerald-400" />
      ) : state === "failed" ? (
        <CrossIcon className="text-red-400" />
      ) : (
        <CopyIcon />
      )}
      <span aria-live="polite" className={state === "idle" ? "sr-only" : ""}>
        {FEEDBACK[state]}
      </span>
    </button>
  );
}
