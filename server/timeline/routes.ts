import type { RouteFacts } from "@/lib/route-facts";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import type { Store } from "../store/store";
import { createRouteState, noteDispatch, routeEvent, routeRuns, sendView } from "./send-routes";
import { createSessionActivity, trackActivity } from "./session-activity";

/**
 * Sends to busy sessions, followed to the runs that carry them (send-routes.ts): fed every
 * committed batch, it answers for a send id with the carrier's status and says which runs to
 * re-publish. Its facts are stored, so a restart keeps the links.
 */
export async function createSendRoutes(deps: { store: Store }) {
  let state = await load();

  async function load() {
    const open = await deps.store.listOpenRuns(1000);
    return createRouteState(
      await deps.store.loadRoutes(),
      createSessionActivity(open.filter((r) => r.status === "running")),
    );
  }

  /** Send ids by the run that carries them. */
  function sendsCarriedBy(runId: string): RouteFacts[] {
    return [...state.routes.values()].filter((f) => f.carrier?.runId === runId);
  }

  async function viewOf(f: RouteFacts, fresh: ReadonlyMap<string, RunSummary>): Promise<RunSummary> {
    const get = async (id: string) => fresh.get(id) ?? (await deps.store.getRun(id));
    return sendView(await get(f.sendRunId), f, f.carrier ? await get(f.carrier.runId) : null);
  }

  return {
    /** Reads the routes again: another instance may have followed more while this one stood by. */
    async reload(): Promise<void> {
      state = await load();
    },
    /** A send Switchboard made: if the session was busy it waits, and says so from the start. */
    async noteDispatch(d: { runId: string; sessionKey: string; at: number; queueMode: string }) {
      const f = noteDispatch(state, d);
      if (!f) return null;
      await deps.store.saveRoutes([f]);
      return viewOf(f, new Map());
    },
    /**
     * Folds a committed batch in; returns the runs to publish: the batch's runs, a send id
     * shown as its route, and the send ids whose carrier moved.
     */
    async apply(events: readonly TimelineEvent[], runs: readonly RunSummary[]): Promise<RunSummary[]> {
      const changed = new Map<string, RouteFacts>();
      for (const e of events) {
        trackActivity(state.activity, e);
        const f = routeEvent(state, e);
        if (f) changed.set(f.sendRunId, f);
      }
      for (const f of routeRuns(state, runs)) changed.set(f.sendRunId, f);
      if (changed.size > 0) await deps.store.saveRoutes([...changed.values()]);
      const fresh = new Map(runs.map((r) => [r.runId, r]));
      const affected = new Map(changed);
      for (const run of runs) for (const f of sendsCarriedBy(run.runId)) affected.set(f.sendRunId, f);
      const views = new Map<string, RunSummary>();
      for (const f of affected.values()) views.set(f.sendRunId, await viewOf(f, fresh));
      return [...runs.filter((r) => !views.has(r.runId)), ...views.values()];
    },
    /** A run as the API shows it: a send id the gateway ran under another id shows that run's progress. */
    async view(runId: string): Promise<RunSummary | null> {
      const f = state.routes.get(runId);
      return f ? viewOf(f, new Map()) : deps.store.getRun(runId);
    },
    /** The send id a run carries, if it carries one (the id Switchboard's dispatch record has). */
    sentAs(runId: string): string | null {
      return sendsCarriedBy(runId)[0]?.sendRunId ?? null;
    },
  };
}

export type SendRoutes = Awaited<ReturnType<typeof createSendRoutes>>;
