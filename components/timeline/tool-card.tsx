import { previewValue, resultText, toolCallAnchor } from "@/lib/format";
import { previewAtLine } from "@/lib/text-preview";
import type { Hop } from "@/lib/hops";
import type { ToolCardPhase, ToolItem } from "@/lib/timeline-view";
import { CheckIcon, CrossIcon, SpinnerIcon } from "@/components/ui/icons";
import { Elapsed } from "@/components/ui/elapsed";
import { JsonBlock } from "@/components/ui/json-block";
import { HandoffCard } from "./handoff-card";

interface Props {
  item: ToolItem;
  /** The hop this call made (sessions_send / sessions_spawn), once the chain knows it. */
  hop: Hop | undefined;
  /** The hop's target session label, when it has one. */
  targetLabel: string | null;
  /** The whole result shows, not its first lines. */
  expanded: boolean;
  onToggle: () => void;
}

const PREVIEW_CHARS = 300;
const PREVIEW_LINES = 6;
const PREVIEW_RESULT_CHARS = 600;
const RESULT_CHARS = 20_000;

const PHASE_LOOK: Record<ToolCardPhase, { Icon: typeof CheckIcon; className: string; word: string }> = {
  running: { Icon: SpinnerIcon, className: "text-sky-400", word: "running" },
  done: { Icon: CheckIcon, className: "text-emerald-400", word: "done" },
  error: { Icon: CrossIcon, className: "text-red-400", word: "error" },
};

/** One tool call: name, one-line arguments, a spinner until the result, then its first lines ("show more" for the rest). */
export function ToolCard({ item, hop, targetLabel, expanded, onToggle }: Props) {
  const { Icon, className, word } = PHASE_LOOK[item.phase];
  const error = item.phase === "error";
  const hasResult = item.result !== undefined;
  const full = hasResult ? resultText(item.result) : "";
  const preview = previewAtLine(full, PREVIEW_LINES, PREVIEW_RESULT_CHARS);
  return (
    <article
      id={toolCallAnchor(item.toolCallId)}
      data-testid="tool-card"
      data-tool-name={item.name}
      data-phase={item.phase}
      className={`scroll-mt-16 rounded border bg-zinc-900/40 ${error ? "border-red-900/70" : "border-zinc-800"}`}
      data-expanded={expanded}
    >
      <header className="flex min-w-0 items-center gap-2 px-2.5 py-1.5">
        <span className={className} title={word}>
          <Icon />
          <span className="sr-only">{word}</span>
        </span>
        <span className="shrink-0 font-mono text-xs font-semibold text-zinc-100">{item.name}</span>
        <span data-testid="tool-args" className="min-w-0 flex-1 truncate font-mono text-xs text-zinc-500">
          {previewValue(item.args, PREVIEW_CHARS)}
        </span>
        {!item.interrupted && (
          <span className="shrink-0 text-xs text-zinc-500">
            <Elapsed from={item.ts} to={item.endedAt} />
          </span>
        )}
      </header>
      {hop && <HandoffCard hop={hop} targetLabel={targetLabel} />}
      {hasResult && (
        <div className="border-t border-zinc-800 px-2.5 py-1.5">
          <pre
            data-testid="tool-result"
            className={`font-mono text-xs break-words whitespace-pre-wrap ${error ? "text-red-300" : item.phase === "running" ? "text-zinc-400" : "text-zinc-300"}`}
          >
            {expanded || !preview.cut ? full.slice(0, RESULT_CHARS) : preview.text}
          </pre>
          {preview.cut && (
            <button
              type="button"
              data-testid="tool-result-more"
              onClick={onToggle}
              aria-expanded={expanded}
              className="mt-1 rounded text-xs text-sky-400 hover:underline"
            >
              {expanded ? "Show less" : `Show more (${full.split("\n").length} lines)`}
            </button>
          )}
        </div>
      )}
      {item.interrupted && (
        <p className="border-t border-zinc-800 px-2.5 py-1.5 text-xs text-red-300">
          No result: the run ended first.
        </p>
      )}
      <div className="space-y-1 px-2.5 pb-2">
        <JsonBlock title="Arguments" value={item.args ?? null} testId="tool-args-json" />
        {hasResult && (
          <JsonBlock title="Result" value={item.result} testId="tool-result-json" danger={error} />
        )}
      </div>
    </article>
  );
}
