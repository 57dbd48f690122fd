import type { PolicyNote } from "@/lib/policies";
import { noteView, type NoteTone } from "@/lib/policy-view";
import { AgentText } from "./agent-text";
import { CheckIcon, ClockIcon, CrossIcon } from "./icons";

interface Props {
  notes: PolicyNote[];
  /** For the Handoffs table: failures' details cut to one line (in full on hover). */
  compact?: boolean;
}

const LOOK: Record<NoteTone, { Icon: typeof CheckIcon; className: string }> = {
  done: { Icon: CheckIcon, className: "text-emerald-400" },
  pending: { Icon: ClockIcon, className: "text-zinc-400" },
  failed: { Icon: CrossIcon, className: "text-red-400" },
};

/** What the handoff policies did for a hop: "✓ acknowledged ✓ confirmed" ("✓ ack ✓ confirm" in a table), failures in red with the reason. */
export function PolicyNotes({ notes, compact = false }: Props) {
  if (notes.length === 0) return null;
  const views = notes.map(noteView);
  const failed = views.filter((v) => v.tone === "failed" && v.detail);
  return (
    <div data-testid="hop-notes" className="text-xs">
      <ul aria-label="Policy notes" className="flex flex-wrap items-center gap-x-2.5">
        {views.map((view, i) => {
          const { Icon, className } = LOOK[view.tone];
          return (
            <li
              key={`${notes[i]!.action}`}
              data-action={notes[i]!.action}
              data-status={view.tone}
              title={view.title}
              className={`inline-flex items-center gap-1 ${className}`}
            >
              <Icon />
              {compact ? view.short : view.text}
              {compact && view.tone === "done" && <span className="sr-only"> done</span>}
            </li>
          );
        })}
      </ul>
      {failed.map((v) => (
        <p
          key={v.text}
          title={compact ? (v.detail ?? undefined) : undefined}
          className={`mt-0.5 text-red-300 ${compact ? "max-w-[16rem] truncate" : "break-words"}`}
        >
          {v.text}: <AgentText text={v.detail ?? ""} />
        </p>
      ))}
    </div>
  );
}
