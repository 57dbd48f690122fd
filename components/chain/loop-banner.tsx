import type { LoopSummary } from "@/lib/chain-view";
import { LoopIcon } from "@/components/ui/icons";

interface Props {
  loop: LoopSummary;
  labels: ReadonlyMap<string, string>;
}

/** "Loop: A → B → A, 2 turns", in red above the lanes. */
export function LoopBanner({ loop, labels }: Props) {
  const route = loop.sessions.map((key) => labels.get(key) ?? key).join(" → ");
  return (
    <p
      data-testid="loop-banner"
      role="status"
      className="flex items-start gap-2 rounded border border-red-900/70 bg-red-950/30 px-3 py-1.5 text-red-200"
    >
      <LoopIcon className="mt-0.5 text-red-400" />
      <span className="break-words">
        <span className="font-semibold">Loop:</span> {route}, {loop.turns}{" "}
        {loop.turns === 1 ? "turn" : "turns"}
      </span>
    </p>
  );
}
