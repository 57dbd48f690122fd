import { RunStatus } from "@/lib/runs";
import { RUN_STATUS_LOOK } from "@/components/ui/status-badge";

const swatch = "inline-block h-2.5 w-5 rounded-sm border";
/** The hatching of a caller's wait window in the lanes. */
const hatched = `${swatch} bg-[repeating-linear-gradient(135deg,rgb(244_244_245/0.7)_0_1.5px,transparent_1.5px_4px)]`;
const WAIT_WINDOWS = [
  { border: "border-zinc-400", label: "caller waiting" },
  { border: "border-amber-400", label: "caller released" },
];

interface Props {
  /** The drawing shown: the graph has no wait windows or queue lines. */
  mode: "lanes" | "graph";
}

/** What the marks of the drawing shown mean. */
export function ChainLegend({ mode }: Props) {
  return (
    <ul
      aria-label="Legend"
      data-testid="chain-legend"
      data-mode={mode}
      className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-500"
    >
      {RunStatus.options.map((status) => {
        const { Icon, className } = RUN_STATUS_LOOK[status];
        return (
          <li key={status} className={`inline-flex items-center gap-1 ${className}`}>
            <Icon />
            {status}
          </li>
        );
      })}
      {mode === "lanes" && (
        <>
          {WAIT_WINDOWS.map(({ border, label }) => (
            <li key={label} className="inline-flex items-center gap-1">
              <span aria-hidden="true" className={`${hatched} ${border}`} />
              {label}
            </li>
          ))}
          <li className="inline-flex items-center gap-1">
            <span aria-hidden="true" className="inline-block w-5 border-t-2 border-dotted border-zinc-400" />
            queued
          </li>
        </>
      )}
      <li className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="text-zinc-400">
          →
        </span>{" "}
        hop
      </li>
      <li className="inline-flex items-center gap-1">
        <span aria-hidden="true" className="inline-block w-5 border-t border-dashed border-emerald-400" />
        reply
      </li>
      <li className="inline-flex items-center gap-1 text-red-400">
        <span aria-hidden="true">→</span> loop
      </li>
    </ul>
  );
}
