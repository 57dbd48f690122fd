import { legibleText } from "@/lib/legible-text";
import type { TextItem } from "@/lib/timeline-view";

interface Props {
  item: TextItem;
}

/** Assistant text, growing in place while it streams; the final reply is marked as such. */
export function TextBlock({ item }: Props) {
  const text = (
    <div
      data-testid="assistant-text"
      className="leading-relaxed break-words whitespace-pre-wrap text-zinc-200"
    >
      {legibleText(item.text)}
      {item.streaming && (
        <span aria-hidden="true" className="ml-0.5 inline-block text-sky-400 motion-safe:animate-pulse">
          ▍
        </span>
      )}
    </div>
  );
  if (!item.final) return text;
  return (
    <section
      data-testid="final-reply"
      aria-label="Final reply"
      className="rounded border border-emerald-800/60 bg-emerald-950/20 px-3 py-2"
    >
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-emerald-400 uppercase">Final reply</h3>
      {text}
    </section>
  );
}
