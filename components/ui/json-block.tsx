"use client";

import { useState } from "react";
import { prettyJson } from "@/lib/format";
import { jsonTokens, type JsonToken } from "@/lib/json-tokens";
import { CopyButton } from "./copy-button";

interface Props {
  /** The summary line, e.g. "Arguments". */
  title: string;
  value: unknown;
  testId?: string;
  /** Red text, for error results. */
  danger?: boolean;
  /** Open from the start. */
  open?: boolean;
}

const TOKEN_CLASS: Record<JsonToken["kind"], string> = {
  key: "text-sky-300",
  string: "text-emerald-300",
  number: "text-amber-300",
  literal: "text-violet-300",
  plain: "",
};

/** A collapsible, syntax-coloured monospace view of any value, with a copy button. Rendered only while open. */
export function JsonBlock({ title, value, testId, danger = false, open: initiallyOpen = false }: Props) {
  const [open, setOpen] = useState(initiallyOpen);
  const text = open ? prettyJson(value) : "";
  return (
    <details
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      className="group rounded border border-zinc-800 bg-zinc-950/60"
    >
      <summary className="flex cursor-pointer items-center gap-2 px-2 py-1 text-xs text-zinc-400 select-none hover:text-zinc-200">
        <span className="transition-transform group-open:rotate-90" aria-hidden="true">
          ▸
        </span>
        {title}
      </summary>
      {open && (
        <div className="relative border-t border-zinc-800">
          <div className="absolute top-1 right-1">
            <CopyButton value={text} label={`Copy ${title.toLowerCase()}`} />
          </div>
          <pre
            data-testid={testId}
            className={`max-h-96 overflow-auto p-2 pr-10 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap ${danger ? "text-red-300" : "text-zinc-300"}`}
          >
            {typeof value === "string"
              ? text
              : jsonTokens(text).map((t, i) =>
                  t.kind === "plain" ? (
                    t.text
                  ) : (
                    <span key={i} className={TOKEN_CLASS[t.kind]}>
                      {t.text}
                    </span>
                  ),
                )}
          </pre>
        </div>
      )}
    </details>
  );
}
