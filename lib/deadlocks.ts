import { z } from "zod";
import type { Hop } from "./hops";
import type { RunSummary } from "./runs";

/**
 * A wait-for cycle: a caller waits inside `sessions_send` on a target whose run waits (directly
 * or through more hops) on a message queued behind the caller's own run. Nothing moves until
 * the first wait in the cycle expires (or a run in it is stopped).
 */
export const Deadlock = z.object({
  /** The hop that closes the cycle: its message waits behind the run that waits for it. */
  deadlockId: z.string(),
  /** The sessions in the cycle, each once, in cycle order, starting with the one whose run blocks the queue. */
  sessions: z.array(z.string()),
  /** The waiting hops of the cycle, in the same order; the closing hop last. */
  hopIds: z.array(z.string()),
  /** When the cycle closed (gateway time, epoch ms). */
  since: z.number(),
  /** When the first wait in the cycle expires: that call's start plus its `timeoutSeconds`. */
  breaksAt: z.number(),
  /** The hop whose wait expires first. */
  breaksByHopId: z.string(),
  /** The run whose wait closes the cycle: what "Break now" aborts. */
  closingRunId: z.string(),
  /** When the cycle broke; null while it holds. */
  endedAt: z.number().nullable(),
  /** How it broke: a wait ran out, a run in it was aborted or failed, an answer came, the queue moved. */
  endedBy: z.enum(["wait_expired", "aborted", "answered", "moved"]).nullable(),
});
export type Deadlock = z.infer<typeof Deadlock>;

interface Bound {
  at: number;
  by: NonNullable<Deadlock["endedBy"]>;
}

/**
 * Every deadlock among these hops, live or past. Pure: the server lists them in the chain and
 * raises alerts; the browser recomputes them when a live update patches a cached chain.
 */
export function findDeadlocks(hops: readonly Hop[], runs: ReadonlyMap<string, RunSummary>): Deadlock[] {
  const waitsFrom = new Map<string, Hop[]>();
  for (const h of hops) {
    if (!isWaitingSend(h)) continue;
    waitsFrom.set(h.callerRunId, [...(waitsFrom.get(h.callerRunId) ?? []), h]);
  }
  const found: Deadlock[] = [];
  for (const closing of hops) {
    const blocker = closing.queuedBehindRunId;
    if (!isWaitingSend(closing) || !blocker || closing.timestamps.acceptedAt === null) continue;
    const path = waitPath(blocker, closing.callerRunId, waitsFrom);
    if (!path) continue;
    const deadlock = describe([...path, closing], blocker, runs);
    if (deadlock) found.push(deadlock);
  }
  return found;
}

function isWaitingSend(h: Hop): boolean {
  return h.kind === "send" && (h.waitSeconds ?? 0) > 0;
}

/** Waiting hops leading from run `from` to run `to` (each hop's target run makes the next one). */
function waitPath(from: string, to: string, waitsFrom: ReadonlyMap<string, Hop[]>): Hop[] | null {
  const seen = new Set<string>();
  const walk = (runId: string): Hop[] | null => {
    if (seen.has(runId)) return null;
    seen.add(runId);
    for (const h of waitsFrom.get(runId) ?? []) {
      if (!h.targetRunId) continue;
      if (h.targetRunId === to) return [h];
      const rest = walk(h.targetRunId);
      if (rest) return [h, ...rest];
    }
    return null;
  };
  return walk(from);
}

/**
 * The cycle as a deadlock, if all its waits held at once: it began when the last of them began
 * and ended at the first thing that moved (a result, a run's end, the queued message starting).
 */
function describe(cycle: Hop[], blocker: string, runs: ReadonlyMap<string, RunSummary>): Deadlock | null {
  const closing = cycle.at(-1)!;
  const starts = [closing.timestamps.acceptedAt!, ...cycle.map((h) => h.timestamps.sentAt)];
  const ends: Bound[] = [];
  for (const h of cycle) {
    const t = h.timestamps;
    if (t.resultAt !== null) ends.push({ at: t.resultAt, by: waitEnd(h.callerStatus) });
    if (h !== closing && t.startedAt !== null) starts.push(t.startedAt);
  }
  const queueMoved = closing.timestamps.startedAt ?? closing.timestamps.deliveredAt;
  if (queueMoved !== null) ends.push({ at: queueMoved, by: "moved" });
  for (const runId of [blocker, ...cycle.slice(0, -1).map((h) => h.targetRunId!)]) {
    const run = runs.get(runId);
    if (run && run.endedAt !== null)
      ends.push({ at: run.endedAt, by: run.status === "completed" ? "moved" : "aborted" });
  }
  const since = Math.max(...starts);
  const first = ends.sort((a, b) => a.at - b.at)[0] ?? null;
  if (first && first.at <= since) return null;
  const expiries = cycle.map((h) => ({ hop: h, at: h.timestamps.sentAt + (h.waitSeconds ?? 0) * 1000 }));
  const soonest = expiries.sort((a, b) => a.at - b.at)[0]!;
  return {
    deadlockId: closing.hopId,
    // The first hop leaves the blocking run, so its caller session is the blocker's.
    sessions: [cycle[0]!.callerSessionKey, ...cycle.slice(0, -1).map((h) => h.targetSessionKey ?? "?")],
    hopIds: cycle.map((h) => h.hopId),
    since,
    breaksAt: soonest.at,
    breaksByHopId: soonest.hop.hopId,
    closingRunId: closing.callerRunId,
    endedAt: first?.at ?? null,
    endedBy: first?.by ?? null,
  };
}

function waitEnd(status: string | null): Bound["by"] {
  if (status === "accepted" || status === "timeout") return "wait_expired";
  return status === "ok" ? "answered" : "aborted";
}
