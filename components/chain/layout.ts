import type { Chain, Hop } from "@/lib/hops";
import { oneLine } from "@/lib/format";
import { callerWaitEnd, HOP_STATE_WORD, isOpenHop, queueSpan } from "@/lib/hop-view";
import { TERMINAL_RUN_STATUSES, type RunSummary } from "@/lib/runs";
import { connector, timeScale, timeTicks, type Connector, type Scale, type Tick } from "./geometry";

/** Where everything of a chain's swimlanes goes, from the chain and the current time. Pure. */

export const AXIS_HEIGHT = 24;
export const LANE_HEIGHT = 56;
export const BAR_HEIGHT = 16;
export const BADGE_HEIGHT = 16;
const MIN_BAR_WIDTH = 4;
/** The queued wait runs just under the bars: the run it waits behind is often in the same lane. */
const QUEUE_OFFSET = BAR_HEIGHT / 2 + 3;
const MIN_PLOT_WIDTH = 520;
const REASON_CHARS = 64;

export interface Lane {
  sessionKey: string;
  top: number;
  mid: number;
}

export interface RunBar {
  run: RunSummary;
  x: number;
  y: number;
  width: number;
  /** Still going: its end is `now`. */
  live: boolean;
}

export interface Box {
  x: number;
  y: number;
  width: number;
}

export interface HopMark {
  hop: Hop;
  inLoop: boolean;
  arrow: Connector;
  /** The caller's wait, hatched over the caller's bar. */
  wait: Box | null;
  /** Accepted by the target session but not started yet: a dotted line before the target's bar, growing while it waits. */
  queue: { x1: number; x2: number; y: number; live: boolean } | null;
  /** The target's answer back into the caller's reply run. */
  reply: Connector | null;
  /** Where a rejected hop ends, with a red cross and the reason beside it. */
  cross: { x: number; y: number; reason: string } | null;
  badge: Box;
}

export interface ChainLayout {
  width: number;
  height: number;
  scale: Scale;
  ticks: Tick[];
  lanes: Lane[];
  bars: RunBar[];
  hops: HopMark[];
}

export function layoutChain(
  chain: Chain,
  options: { now: number; plotWidth: number; loopHops: ReadonlySet<string> },
): ChainLayout {
  const { now, loopHops } = options;
  const lanes = laneOrder(chain).map((sessionKey, i): Lane => {
    const top = AXIS_HEIGHT + i * LANE_HEIGHT;
    return { sessionKey, top, mid: top + LANE_HEIGHT / 2 };
  });
  const laneOf = new Map(lanes.map((l) => [l.sessionKey, l]));
  const scale = timeScale(...timeRange(chain, now), Math.max(MIN_PLOT_WIDTH, options.plotWidth));
  const { x } = scale;

  const bars = chain.runs.map((run): RunBar => {
    const [from, to] = runSpan(run, now);
    const y = laneOf.get(run.sessionKey)!.mid - BAR_HEIGHT / 2;
    return { run, x: x(from), y, width: Math.max(MIN_BAR_WIDTH, x(to) - x(from)), live: isLive(run) };
  });
  const barOf = new Map(bars.map((b) => [b.run.runId, b]));
  const hops = chain.hops.map((hop) => ({
    ...markHop(hop, { x, now, laneOf, barOf }),
    inLoop: loopHops.has(hop.hopId),
  }));
  spreadBadges(hops.map((h) => h.badge));

  const rightmost = Math.max(
    x(scale.t1),
    ...hops.map((h) =>
      Math.max(h.badge.x + h.badge.width, h.cross ? h.cross.x + 10 + h.cross.reason.length * CHAR_WIDTH : 0),
    ),
  );
  return {
    width: Math.max(MIN_PLOT_WIDTH, options.plotWidth, Math.ceil(rightmost + 8)),
    height: AXIS_HEIGHT + lanes.length * LANE_HEIGHT,
    scale,
    ticks: timeTicks(scale),
    lanes,
    bars,
    hops,
  };
}

interface Placed {
  x: Scale["x"];
  now: number;
  laneOf: ReadonlyMap<string, Lane>;
  barOf: ReadonlyMap<string, RunBar>;
}

/**
 * A hop's marks: the arrow leaves the caller's bar at the send and ends where the target got
 * the message (its delivery, else its run's start); the queued wait runs on to the start.
 */
function markHop(hop: Hop, { x, now, laneOf, barOf }: Placed): Omit<HopMark, "inLoop"> {
  const t = hop.timestamps;
  const callerLane = laneOf.get(hop.callerSessionKey)!;
  const targetLane = laneOf.get(hop.targetSessionKey ?? hop.callerSessionKey)!;
  const callerBar = barOf.get(hop.callerRunId);
  const targetBar = hop.targetRunId ? barOf.get(hop.targetRunId) : undefined;
  const replyBar = hop.replyRunId ? barOf.get(hop.replyRunId) : undefined;
  const x1 = x(t.sentAt);
  const queued = queueSpan(hop);
  const x2 = queued ? x(queued.from) : targetBar ? targetBar.x : x1 + 24;

  const waitEnd = Math.min(callerWaitEnd(hop) ?? now, callerBar ? runSpan(callerBar.run, now)[1] : now);
  const queueEnd = queued ? (queued.to ?? now) : null;
  const targetEnd = targetBar?.run.endedAt ?? null;
  const cross =
    hop.state === "rejected"
      ? { x: x2 + 6, y: targetLane.mid, reason: oneLine(hop.error ?? "rejected", REASON_CHARS) }
      : null;
  return {
    hop,
    arrow: connector(x1, edgeToward(callerLane.mid, targetLane.mid), x2, targetLane.mid),
    wait:
      hop.waitSeconds !== 0 && callerBar && waitEnd > t.sentAt
        ? { x: x1, y: callerBar.y, width: Math.max(2, x(waitEnd) - x1) }
        : null,
    queue:
      queueEnd !== null && x(queueEnd) - x2 >= 2
        ? { x1: x2, x2: x(queueEnd), y: targetLane.mid + QUEUE_OFFSET, live: queued?.to === null }
        : null,
    reply:
      replyBar && targetEnd !== null
        ? connector(x(targetEnd), edgeToward(targetLane.mid, callerLane.mid), replyBar.x, callerLane.mid)
        : null,
    cross,
    badge: {
      x: (cross ? cross.x + 8 : x2) + 2,
      y: targetLane.top + 2,
      width: badgeWidth(HOP_STATE_WORD[hop.state]),
    },
  };
}

/** The root's session first, then sessions in the order work reached them. */
export function laneOrder(chain: Chain): string[] {
  const order = new Set<string>();
  const root = chain.runs.find((r) => r.runId === chain.rootRunId);
  if (root) order.add(root.sessionKey);
  for (const hop of chain.hops) {
    order.add(hop.callerSessionKey);
    if (hop.targetSessionKey) order.add(hop.targetSessionKey);
  }
  for (const run of chain.runs) order.add(run.sessionKey);
  return [...order];
}

/** The label column shrinks on a phone, where the lanes scroll under it. */
export function labelColumnWidth(containerWidth: number): number {
  return containerWidth < 640 ? 112 : 184;
}

function isLive(run: RunSummary): boolean {
  return !TERMINAL_RUN_STATUSES.includes(run.status);
}

/** A run's bar: from its start (or now, still queued) to its end (or now, still live). */
function runSpan(run: RunSummary, now: number): [number, number] {
  const live = isLive(run);
  const end = run.endedAt ?? (live ? now : run.updatedAt);
  return [run.startedAt ?? end, end];
}

function timeRange(chain: Chain, now: number): [number, number] {
  const times: number[] = [];
  let live = false;
  for (const run of chain.runs) {
    if (run.startedAt !== null) times.push(run.startedAt);
    if (run.endedAt !== null) times.push(run.endedAt);
    live ||= isLive(run);
  }
  for (const hop of chain.hops) {
    times.push(...Object.values(hop.timestamps).filter((t): t is number => t !== null));
    live ||= isOpenHop(hop);
  }
  if (live || times.length === 0) times.push(now);
  return [Math.min(...times), Math.max(...times)];
}

/** The bar's edge that faces the other lane (its top within one lane). */
function edgeToward(from: number, to: number): number {
  return to > from ? from + BAR_HEIGHT / 2 : from - BAR_HEIGHT / 2;
}

const CHAR_WIDTH = 6;
const BADGE_CHROME = 24;

/** A receipt badge fits its text. */
export function badgeWidth(text: string): number {
  return BADGE_CHROME + text.length * CHAR_WIDTH;
}

/** Badges in one row never overlap: each moves right past the one before it. */
function spreadBadges(badges: Box[]): void {
  const byRow = new Map<number, Box[]>();
  for (const b of [...badges].sort((a, b) => a.x - b.x)) {
    const row = byRow.get(b.y) ?? [];
    const last = row.at(-1);
    if (last && b.x < last.x + last.width + 3) b.x = last.x + last.width + 3;
    row.push(b);
    byRow.set(b.y, row);
  }
}
