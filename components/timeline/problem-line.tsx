import type { ProblemItem } from "@/lib/timeline-view";
import { AgentText } from "@/components/ui/agent-text";

interface Props {
  item: ProblemItem;
}

/** A failure or abort the chat stream reported, in red with its reason. */
export function ProblemLine({ item }: Props) {
  return (
    <p
      data-testid="timeline-error"
      role="alert"
      className="rounded border border-red-900/70 bg-red-950/30 px-3 py-1.5 text-red-200"
    >
      <span className="font-semibold">{item.label}</span>
      {item.reason && (
        <>
          : <AgentText text={item.reason} />
        </>
      )}
    </p>
  );
}
