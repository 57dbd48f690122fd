import type { Hop } from "@/lib/hops";

/** How work reached a run: as the target of a hop, or as the reply of one (back in the caller). */
interface Inbound {
  hop: Hop;
  via: "target" | "reply";
}

/** Read access the chain builder needs: hops by the runs they touch. */
export interface ChainSource {
  hopsFrom(runId: string): Hop[];
  hopInto(runId: string): Inbound | null;
}

export interface ChainShape {
  rootRunId: string;
  runIds: string[];
  hops: Hop[];
  cycles: string[][];
  maxDepth: number;
}

/**
 * The chain around a run: up to its root, then every hop reachable from there, across
 * sessions, with the session cycles it contains. Pure over `source`.
 */
export function buildChain(runId: string, source: ChainSource): ChainShape {
  const rootRunId = findRoot(runId, source);
  const runIds: string[] = [];
  const hops = new Map<string, Hop>();
  const queue = [rootRunId];
  while (queue.length > 0) {
    const id = queue.shift()!;
    if (runIds.includes(id)) continue;
    runIds.push(id);
    for (const hop of source.hopsFrom(id)) {
      hops.set(hop.hopId, hop);
      if (hop.targetRunId) queue.push(hop.targetRunId);
      if (hop.replyRunId) queue.push(hop.replyRunId);
    }
  }
  const hopList = [...hops.values()].sort((a, b) => a.timestamps.sentAt - b.timestamps.sentAt);
  return {
    rootRunId,
    runIds,
    hops: hopList,
    cycles: findCycles(hopList, source),
    maxDepth: hopList.reduce((max, h) => Math.max(max, h.depth), 0),
  };
}

export function findRoot(runId: string, source: ChainSource): string {
  const seen = new Set<string>([runId]);
  let current = runId;
  for (;;) {
    const caller = source.hopInto(current)?.hop.callerRunId;
    if (!caller || seen.has(caller)) return current;
    seen.add(caller);
    current = caller;
  }
}

/** Session cycles, each once as [A, B, …, A]: a hop into a session already on its path. */
function findCycles(hops: Hop[], source: ChainSource): string[][] {
  const cycles = new Map<string, string[]>();
  for (const hop of hops) {
    if (!hop.targetSessionKey) continue;
    const path = sessionPath(hop.callerRunId, hop.callerSessionKey, source);
    const start = path.lastIndexOf(hop.targetSessionKey); // the tightest loop: A → B → A, not A → B → A → B → A
    if (start < 0) continue;
    const cycle = [...path.slice(start), hop.targetSessionKey];
    cycles.set(cycle.join(" → "), cycle);
  }
  return [...cycles.values()];
}

/** The sessions work passed through from the root to `runId` (which runs in `session`). */
export function sessionPath(runId: string, session: string, source: ChainSource): string[] {
  const path = [session];
  const seen = new Set<string>([runId]);
  let inbound = source.hopInto(runId);
  while (inbound && !seen.has(inbound.hop.callerRunId)) {
    const { hop, via } = inbound;
    if (via === "target" && path[0] !== hop.callerSessionKey) path.unshift(hop.callerSessionKey);
    seen.add(hop.callerRunId);
    inbound = source.hopInto(hop.callerRunId);
  }
  return path;
}
