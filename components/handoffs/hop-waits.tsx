import type { Hop } from "@/lib/hops";
import { hopWaits, type Span } from "@/lib/hop-view";
import { Elapsed } from "@/components/ui/elapsed";

interface Props {
  hop: Hop;
}

/** Queue wait, the target's run time and the caller's wait, on one line; each ticks while it lasts. */
export function HopWaits({ hop }: Props) {
  const waits = hopWaits(hop);
  const parts: [string, Span | null, string][] = [
    ["queue", waits.queue, "Delivered, waiting for the target session to start it"],
    ["run", waits.run, "The target run's own time"],
    ["caller", waits.caller, "How long the caller's tool call waited"],
  ];
  return (
    <dl className="flex gap-x-2.5 text-xs whitespace-nowrap">
      {parts.map(([term, span, help]) => (
        <div key={term} className="flex gap-1" title={help}>
          <dt className="text-zinc-500">{term}</dt>
          <dd className="text-zinc-300">
            {span ? (
              <Elapsed from={span.from} to={span.to} />
            ) : term === "caller" && hop.waitSeconds === 0 ? (
              "none"
            ) : (
              "—"
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}
