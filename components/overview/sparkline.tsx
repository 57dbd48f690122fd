interface Props {
  label: string;
  values: readonly number[];
  /** The latest value as words, e.g. "3.2 events/s". */
  current: string;
}

const WIDTH = 240;
const HEIGHT = 36;

/** A small line over the last hour, oldest on the left, with its label and latest value. */
export function Sparkline({ label, values, current }: Props) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : WIDTH;
  const points = values.map(
    (v, i) => `${(i * step).toFixed(1)},${(HEIGHT - (v / max) * (HEIGHT - 2) - 1).toFixed(1)}`,
  );
  return (
    <figure data-testid="sparkline" className="min-w-0 rounded border border-zinc-800 px-3 py-2">
      <figcaption className="flex items-baseline justify-between gap-2 text-xs text-zinc-400">
        <span>{label}</span>
        <span className="text-zinc-200 tabular-nums">{current}</span>
      </figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        className="mt-1 h-9 w-full text-sky-400"
        role="img"
        aria-label={`${label} over the last hour, peak ${max}`}
      >
        <polyline points={points.join(" ")} fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </figure>
  );
}
