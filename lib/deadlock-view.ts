import type { Deadlock } from "./deadlocks";
import { formatDuration, secondsUntil } from "./format";
import type { Hop } from "./hops";

/** A deadlock told in plain words, for the banners and the alerts. Pure. */

type Name = (sessionKey: string | null) => string;

/** "A waits for B; B's message to A is queued behind A's run." */
export function deadlockStory(d: Deadlock, hops: readonly Hop[], name: Name): string {
  const cycle = cycleHops(d, hops);
  const closing = cycle.at(-1);
  if (!closing) return `${d.sessions.map(name).join(" → ")} wait for each other.`;
  const waits = cycle
    .slice(0, -1)
    .map((h) => `${name(h.callerSessionKey)} waits for ${name(h.targetSessionKey)}`);
  const queued = `${name(closing.callerSessionKey)}'s message to ${name(closing.targetSessionKey)} is queued behind ${name(d.sessions[0] ?? null)}'s run`;
  return `${[...waits, queued].join("; ")}.`;
}

/** While it holds: "Breaks in 7 s, when A's 10 s wait runs out." */
export function deadlockCountdown(d: Deadlock, hops: readonly Hop[], name: Name, now: number): string {
  const breaker = hops.find((h) => h.hopId === d.breaksByHopId);
  const wait = breaker
    ? `${name(breaker.callerSessionKey)}'s ${breaker.waitSeconds ?? 0} s wait`
    : "the first wait";
  const left = secondsUntil(d.breaksAt, now);
  return left > 0 ? `Breaks in ${left} s, when ${wait} runs out.` : `Breaking now: ${wait} has run out.`;
}

/** Once over: "Ended after 8.3 s: A's 10 s wait ran out." */
export function deadlockOutcome(d: Deadlock, hops: readonly Hop[], name: Name): string {
  if (d.endedAt === null) return "";
  const cycle = cycleHops(d, hops);
  const expired =
    cycle.find((h) => h.timestamps.resultAt === d.endedAt) ?? cycle.find((h) => h.hopId === d.breaksByHopId);
  const why =
    d.endedBy === "wait_expired" && expired
      ? `${name(expired.callerSessionKey)}'s ${expired.waitSeconds ?? 0} s wait ran out`
      : d.endedBy === "aborted"
        ? "a run in the cycle was stopped"
        : d.endedBy === "answered"
          ? "an answer came back"
          : "the queued message started";
  return `Ended after ${formatDuration(d.endedAt - d.since)}: ${why}.`;
}

function cycleHops(d: Deadlock, hops: readonly Hop[]): Hop[] {
  const byId = new Map(hops.map((h) => [h.hopId, h]));
  return d.hopIds.map((id) => byId.get(id)).filter((h): h is Hop => h !== undefined);
}
