import type { TimelineItem } from "@/lib/timeline-view";
import { JsonBlock } from "@/components/ui/json-block";

interface Props {
  item: TimelineItem;
  onClose: () => void;
}

/** Most raw events the panel lists (a long streamed text folds thousands of deltas). */
const SHOWN = 50;

/** The stored events behind the selected timeline item, as the gateway's frames became them. */
export function RawEventsPanel({ item, onClose }: Props) {
  const shown = item.events.slice(-SHOWN);
  return (
    <aside
      aria-label="Raw events of the selected item"
      data-testid="raw-events-panel"
      className="fixed inset-x-0 bottom-0 z-20 max-h-[50vh] overflow-auto border-t border-zinc-700 bg-zinc-950 p-3 lg:sticky lg:top-4 lg:z-auto lg:max-h-[calc(100vh-2rem)] lg:rounded lg:border"
    >
      <header className="mb-2 flex items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-zinc-200">
          Raw events <span className="font-normal text-zinc-400">({item.events.length})</span>
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded px-2 py-0.5 text-xs text-zinc-300 hover:bg-zinc-800"
        >
          Close
        </button>
      </header>
      {shown.length < item.events.length && (
        <p className="mb-2 text-xs text-zinc-400">
          The newest {SHOWN} of {item.events.length}.
        </p>
      )}
      <ol className="space-y-1">
        {shown.map((e, i) => (
          <li key={e.cursor} data-testid="raw-event-entry">
            <JsonBlock
              title={`${e.kind}${e.seq === null ? "" : ` · seq ${e.seq}`} · cursor ${e.cursor}`}
              value={e}
              open={i === shown.length - 1}
            />
          </li>
        ))}
      </ol>
    </aside>
  );
}
