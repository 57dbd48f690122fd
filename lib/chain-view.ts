import type { Chain, Hop } from "./hops";

/** What the run page and the chain view read off a chain: a run's path, its hops, the loops. Pure. */

export interface Crumb {
  runId: string;
  sessionKey: string;
  /** How work reached this run: the root started it, a hop sent it, or it is the reply to one. */
  via: "root" | Hop["kind"] | "reply";
}

/** The runs from the chain's root down to `runId`, root first. */
export function chainPath(chain: Chain, runId: string): Crumb[] {
  const sessionOf = new Map(chain.runs.map((r) => [r.runId, r.sessionKey]));
  const path: Crumb[] = [];
  const seen = new Set<string>();
  let next: string | null = runId;
  while (next !== null && !seen.has(next)) {
    const id: string = next;
    seen.add(id);
    const into = chain.hops.find((h) => h.targetRunId === id);
    const reply = into ? undefined : chain.hops.find((h) => h.replyRunId === id);
    const sessionKey = sessionOf.get(id) ?? into?.targetSessionKey ?? reply?.callerSessionKey ?? "";
    path.unshift({ runId: id, sessionKey, via: into ? into.kind : reply ? "reply" : "root" });
    next = into ? into.callerRunId : reply ? (reply.targetRunId ?? reply.callerRunId) : null;
  }
  return path;
}

/** The hops a run made, by the id of the tool call that made them. */
export function hopsOfRun(chain: Chain, runId: string): Map<string, Hop> {
  return new Map(chain.hops.filter((h) => h.callerRunId === runId).map((h) => [h.toolCallId, h]));
}

export interface LoopSummary {
  /** Session keys, the first repeated at the end: A, B, A. */
  sessions: string[];
  /** How many times a hop closed the loop. */
  turns: number;
}

/** Each cycle with its turns: the hops back into its first session from the one before it. */
export function loopSummaries(chain: Chain): LoopSummary[] {
  return chain.cycles.map((sessions) => {
    const from = sessions.at(-2);
    const turns = chain.hops.filter(
      (h) => h.callerSessionKey === from && h.targetSessionKey === sessions[0],
    ).length;
    return { sessions, turns: Math.max(1, turns) };
  });
}

/** The hops that run along a cycle's edges: drawn in red. */
export function loopHopIds(chain: Chain): Set<string> {
  const edges = new Set(chain.cycles.flatMap((c) => c.slice(1).map((to, i) => `${c[i]}\n${to}`)));
  return new Set(
    chain.hops.filter((h) => edges.has(`${h.callerSessionKey}\n${h.targetSessionKey}`)).map((h) => h.hopId),
  );
}
