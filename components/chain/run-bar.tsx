import Link from "next/link";
import { formatDuration, formatLiveDuration, runHref, shortId } from "@/lib/format";
import { RUN_STATUS_LOOK } from "@/components/ui/status-badge";
import { BAR_HEIGHT, type RunBar as Bar } from "./layout";

interface Props {
  bar: Bar;
  now: number;
  /** The run whose page this is: outlined. */
  current: boolean;
}

const CHAR_WIDTH = 6;

/** One run as a bar coloured by its status, growing while it runs; opens the run. */
export function RunBar({ bar, now, current }: Props) {
  const { run, x, y, width } = bar;
  const { Icon, className } = RUN_STATUS_LOOK[run.status];
  const from = run.startedAt;
  const duration =
    from === null
      ? ""
      : run.endedAt === null
        ? formatLiveDuration(now - from)
        : formatDuration(run.endedAt - from);
  const text = [`${run.status} ${duration}`.trim(), run.status].find(
    (t) => t.length * CHAR_WIDTH + 26 <= width,
  );
  const summary = `Run ${shortId(run.runId)}: ${run.status}${duration ? `, ${duration}` : ""}`;
  return (
    <Link
      href={runHref(run.runId)}
      data-testid="chain-run-bar"
      data-run-id={run.runId}
      data-status={run.status}
      aria-label={summary}
      className={className}
    >
      <title>{`${summary} · ${run.sessionKey}`}</title>
      <rect
        x={x}
        y={y}
        width={width}
        height={BAR_HEIGHT}
        rx={3}
        fill="currentColor"
        fillOpacity={0.2}
        stroke="currentColor"
        style={current ? { stroke: "var(--color-zinc-50)" } : undefined}
        strokeWidth={current ? 1.5 : 1}
        strokeDasharray={run.startedAt === null ? "3 2" : undefined}
      />
      {width >= 20 && (
        <g transform={`translate(${x + 3} ${y + 1})`}>
          <Icon className="[transform-box:fill-box] origin-center" />
        </g>
      )}
      {text && (
        <text
          x={x + 21}
          y={y + 11.5}
          fontSize={10}
          fill="currentColor"
          // The page's own background as a halo: the label reads over the bar in either theme.
          style={{ stroke: "var(--color-zinc-950)" }}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {text}
        </text>
      )}
    </Link>
  );
}
