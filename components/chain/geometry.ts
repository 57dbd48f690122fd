/** Small pure geometry for the chain's swimlanes: time scale, ticks, arrows. */

export interface Scale {
  t0: number;
  t1: number;
  /** Epoch ms → x in the plot. */
  x: (t: number) => number;
}

export const PLOT_PAD_X = 16;

/** A linear scale that fits [t0, t1] (at least a second) into `width` px, padded at both ends. */
export function timeScale(t0: number, t1: number, width: number): Scale {
  const span = Math.max(1000, t1 - t0);
  const usable = Math.max(1, width - 2 * PLOT_PAD_X);
  return { t0, t1: t0 + span, x: (t) => PLOT_PAD_X + ((t - t0) / span) * usable };
}

const STEPS_MS = [
  0.1, 0.2, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 21600, 43200, 86400,
].map((s) => s * 1000);
const MIN_TICK_GAP_PX = 72;

export interface Tick {
  x: number;
  /** Time since the chain began: "0 s", "15 s", "2 m", "1 m 30 s", "2 h". */
  label: string;
}

/** Evenly spaced ticks at a round step, at least `MIN_TICK_GAP_PX` apart. */
export function timeTicks(scale: Scale): Tick[] {
  const span = scale.t1 - scale.t0;
  const pxPerMs = (scale.x(scale.t1) - scale.x(scale.t0)) / span;
  const step = STEPS_MS.find((s) => s * pxPerMs >= MIN_TICK_GAP_PX) ?? STEPS_MS.at(-1)!;
  const ticks: Tick[] = [];
  for (let offset = 0; offset <= span; offset += step)
    ticks.push({ x: scale.x(scale.t0 + offset), label: offsetLabel(offset) });
  return ticks;
}

export function offsetLabel(ms: number): string {
  if (ms % 1000 !== 0 && ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return s % 60 === 0 ? `${s / 60} m` : `${Math.floor(s / 60)} m ${s % 60} s`;
  return s % 3600 === 0 ? `${s / 3600} h` : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} m`;
}

export interface Connector {
  /** SVG path data of the curve. */
  path: string;
  /** SVG polygon points of the arrowhead at the end, pointing right. */
  head: string;
}

const HEAD_LENGTH = 7;
const HEAD_HALF = 3.5;

/**
 * A curve from (x1, y1) that leaves vertically and enters (x2, y2) from the left, as arrows
 * between lanes do; within one lane it arcs above the bars.
 */
export function connector(x1: number, y1: number, x2: number, y2: number): Connector {
  const reach = Math.max(12, (x2 - x1) / 2);
  const rise = Math.abs(y2 - y1) < 1 ? -18 : (y2 - y1) * 0.6;
  const path = `M ${r(x1)} ${r(y1)} C ${r(x1)} ${r(y1 + rise)}, ${r(x2 - reach)} ${r(y2)}, ${r(x2)} ${r(y2)}`;
  const head = `${r(x2)},${r(y2)} ${r(x2 - HEAD_LENGTH)},${r(y2 - HEAD_HALF)} ${r(x2 - HEAD_LENGTH)},${r(y2 + HEAD_HALF)}`;
  return { path, head };
}

/** One decimal is enough for a screen. */
function r(n: number): number {
  return Math.round(n * 10) / 10;
}
