import { prettyJson } from "@/lib/format";
import { CopyButton } from "./copy-button";

interface Props {
  /** The summary line, e.g. "Arguments". */
  title: string;
  value: unknown;
  testId?: string;
  /** Red text, for error results. */
  danger?: boolean;
}

/** A collapsible monospace view of any value, as text, with a copy button. */
export function JsonBlock({ title, value, testId, danger = false }: Props) {
  const text = prettyJson(value);
  return (
    <details className="group rounded border border-zinc-800 bg-zinc-950/60">
      <summary className="flex cursor-pointer items-center gap-2 px-2 py-1 text-xs text-zinc-500 select-none hover:text-zinc-300">
        <span className="transition-transform group-open:rotate-90" aria-hidden="true">
          ▸
        </span>
        {title}
      </summary>
      <div className="relative border-t border-zinc-800">
        <div className="absolute top-1 right-1">
          <CopyButton value={text} label={`Copy ${title.toLowerCase()}`} />
        </div>
        <pre
          data-testid={testId}
          className={`max-h-96 overflow-auto p-2 pr-10 font-mono text-xs leading-relaxed break-words whitespace-pre-wrap ${danger ? "text-red-300" : "text-zinc-300"}`}
        >
          {text}
        </pre>
      </div>
    </details>
  );
}
