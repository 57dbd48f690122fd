import type { LifecycleItem } from "@/lib/timeline-view";
import { AgentText } from "@/components/ui/agent-text";

interface Props {
  item: LifecycleItem;
}

/** A run boundary (started, ended), or a failure or abort in red with the reason. */
export function LifecycleMarker({ item }: Props) {
  const error = item.tone === "error";
  const rule = `h-px flex-1 ${error ? "bg-red-900" : "bg-zinc-800"}`;
  return (
    <div data-testid="lifecycle-marker" data-tone={item.tone} className="flex items-center gap-3 py-0.5">
      <span className={rule} aria-hidden="true" />
      <span className={`text-xs ${error ? "text-red-300" : "text-zinc-400"}`}>
        <span className="font-semibold">{item.label}</span>
        {item.reason && (
          <span className={error ? "" : "text-zinc-500"}>
            : <AgentText text={item.reason} />
          </span>
        )}
      </span>
      <span className={rule} aria-hidden="true" />
    </div>
  );
}
