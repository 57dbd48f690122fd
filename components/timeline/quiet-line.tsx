import type { QuietItem } from "@/lib/timeline-view";
import { AgentText } from "@/components/ui/agent-text";

interface Props {
  item: QuietItem;
  expanded: boolean;
  onToggle: () => void;
}

/** Status, usage and lifecycle steps between two pieces of content: one quiet line that opens to show each. */
export function QuietLine({ item, expanded, onToggle }: Props) {
  const [first] = item.lines;
  const more = item.lines.length - 1;
  return (
    <div data-testid="quiet-line" className="text-xs text-zinc-400">
      <button
        type="button"
        onClick={onToggle}
        aria-expanded={expanded}
        className="flex max-w-full items-center gap-1.5 rounded py-0.5 text-left hover:text-zinc-200"
      >
        <span aria-hidden="true" className={`transition-transform ${expanded ? "rotate-90" : ""}`}>
          ▸
        </span>
        <span className="truncate">
          <AgentText text={first ?? ""} />
          {more > 0 && <span className="text-zinc-500"> · {more} more</span>}
        </span>
      </button>
      {expanded && (
        <ul className="ml-4 space-y-0.5 border-l border-zinc-800 pl-2 font-mono">
          {item.lines.map((line, i) => (
            <li key={i}>
              <AgentText text={line} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
