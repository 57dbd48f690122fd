import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { deriveHop } from "@/server/timeline/derive-hop";
import { createLinkState, linkEvent, targetRunOf } from "@/server/timeline/link";
import { projectRuns } from "@/server/timeline/project-run";

/**
 * Links stored events one at a time, as the handoff side of ingest does, and derives every
 * hop: each hop's final view, every state it showed on the way, and the runs as projected.
 */
export function linkEvents(events: readonly TimelineEvent[]) {
  const state = createLinkState();
  const runs = new Map<string, RunSummary>();
  const seen = new Map<string, string[]>();
  const view = (id: string): Hop => {
    const facts = state.hops.get(id)!;
    const behind = runs.get(facts.accepted?.behindRunId ?? "") ?? null;
    return deriveHop(facts, runs.get(targetRunOf(facts) ?? "") ?? null, behind);
  };
  for (const event of events) {
    for (const run of projectRuns(runs, [event])) runs.set(run.runId, run);
    const touched = new Set(linkEvent(state, event));
    for (const [id, f] of state.hops)
      if (targetRunOf(f) === event.runId || f.accepted?.behindRunId === event.runId) touched.add(id);
    for (const id of touched) seen.set(id, [...(seen.get(id) ?? []), view(id).state]);
  }
  const hops = [...state.hops.keys()].map(view);
  return {
    hops,
    runs,
    /** The (first) hop into this session. */
    to: (session: string) => hops.find((h) => h.targetSessionKey === session)!,
    /** Every state the hop showed, once each, in order. */
    states: (hop: Hop) => [...new Set(seen.get(hop.hopId))],
  };
}
