import { findDeadlocks } from "./deadlocks";
import type { Chain, Hop } from "./hops";
import type { RunSummary } from "./runs";

/**
 * How a live event changes a cached chain. A run or hop the chain already holds is patched in
 * place; anything that can change the chain's shape (a new hop from one of its runs, a hop
 * linked to another run, a run a hop points at but the chain lacks) asks for a refetch, since
 * depth and cycles are the server's to compute. Pure.
 */
/** `refetch` may carry the chain patched already, so what comes next is judged against it. */
export type ChainChange =
  { kind: "none" } | { kind: "patch"; chain: Chain } | { kind: "refetch"; chain: Chain | null };

const NONE: ChainChange = { kind: "none" };
const REFETCH: ChainChange = { kind: "refetch", chain: null };

export function chainChangeForRun(chain: Chain, run: RunSummary): ChainChange {
  if (chain.runs.some((r) => r.runId === run.runId)) {
    return patched({ ...chain, runs: chain.runs.map((r) => (r.runId === run.runId ? run : r)) });
  }
  const awaited = chain.hops.some((h) => h.targetRunId === run.runId || h.replyRunId === run.runId);
  return awaited ? REFETCH : NONE;
}

/**
 * A hop from a run the chain reaches (one it holds, or one its hops point at but it does not
 * hold yet) joins it at once and asks for a refetch; so does a known hop linked anew. While a
 * refetch is in flight the next hop is judged against the patched chain: a hop from a run
 * that has just been linked is not missed.
 */
export function chainChangeForHop(chain: Chain, hop: Hop): ChainChange {
  const held = chain.hops.find((h) => h.hopId === hop.hopId);
  if (!held) {
    return reaches(chain, hop.callerRunId)
      ? { kind: "refetch", chain: withDeadlocks({ ...chain, hops: [...chain.hops, hop] }) }
      : NONE;
  }
  const next = { ...chain, hops: chain.hops.map((h) => (h.hopId === hop.hopId ? hop : h)) };
  if (held.targetRunId !== hop.targetRunId || held.replyRunId !== hop.replyRunId)
    return { kind: "refetch", chain: withDeadlocks(next) };
  return patched(next);
}

function reaches(chain: Chain, runId: string): boolean {
  return (
    chain.runs.some((r) => r.runId === runId) ||
    chain.hops.some((h) => h.targetRunId === runId || h.replyRunId === runId)
  );
}

function patched(chain: Chain): ChainChange {
  return { kind: "patch", chain: withDeadlocks(chain) };
}

/** The chain with its deadlocks found again: a result, a run's end or a queued message may change them. */
function withDeadlocks(chain: Chain): Chain {
  const runs = new Map(chain.runs.map((r) => [r.runId, r]));
  return { ...chain, deadlocks: findDeadlocks(chain.hops, runs) };
}

/**
 * A fetched chain, keeping what the socket delivered while the request was in flight: a run
 * held with a newer `updatedAt`, a hop held with more receipt steps.
 */
export function mergeFetchedChain(fetched: Chain, held: Chain | undefined): Chain {
  if (!held) return fetched;
  const runs = new Map(held.runs.map((r) => [r.runId, r]));
  const hops = new Map(held.hops.map((h) => [h.hopId, h]));
  const merged: Chain = {
    ...fetched,
    runs: fetched.runs.map((r) => {
      const mine = runs.get(r.runId);
      return mine && mine.updatedAt > r.updatedAt ? mine : r;
    }),
    hops: fetched.hops.map((h) => {
      const mine = hops.get(h.hopId);
      return mine && progress(mine) > progress(h) ? mine : h;
    }),
  };
  return withDeadlocks(merged);
}

function progress(hop: Hop): number {
  return Object.values(hop.timestamps).filter((t) => t !== null).length + (hop.callerStatus === null ? 0 : 1);
}
