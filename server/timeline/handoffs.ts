import type { Alert } from "@/lib/alerts";
import type { Chain, Hop, HopOrigin } from "@/lib/hops";
import type { PolicyNote } from "@/lib/policies";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import type { Store } from "../store/store";
import type { SendRoutes } from "./routes";
import { findDeadlocks, type Deadlock } from "@/lib/deadlocks";
import { alertsForChain } from "./alerts";
import { buildChain, findRoot, sessionPath, type ChainSource } from "./chain";
import { deriveHop } from "./derive-hop";
import { createLinkState, linkEvent, targetRunOf } from "./link";
import { createSessionActivity } from "./session-activity";

export interface HandoffPublisher {
  hops(hops: Hop[]): void;
  alerts(alerts: Alert[]): void;
}

/**
 * The handoff side of ingest: links committed events into hops, re-derives the receipts a
 * batch moved, stores them, raises alerts, and answers chain queries. Hops are few next to
 * events, so their facts and views stay in memory and are reloaded from the store at start.
 */
export async function createHandoffs(deps: {
  store: Store;
  publish: HandoffPublisher;
  maxDepth: number;
  /** Sends to busy sessions and the runs that carry them: a carrier's chain was started by its send. */
  routes: Pick<SendRoutes, "apply" | "sentAs">;
}) {
  let { state, views } = await load();

  /** The linker's memory as the store has it (at start, and when an instance takes over ingest). */
  async function load() {
    const records = await deps.store.loadHops();
    const open = await deps.store.listOpenRuns(1000);
    return {
      state: createLinkState(
        records.map((r) => r.facts),
        createSessionActivity(open.filter((r) => r.status === "running")),
      ),
      views: new Map(records.map((r) => [r.hop.hopId, r.hop])),
    };
  }

  const source: ChainSource = {
    hopsFrom: (runId) =>
      [...(state.byCaller.get(runId) ?? [])].map((id) => views.get(id)).filter((h): h is Hop => !!h),
    hopInto(runId) {
      const target = state.byTargetRun.get(runId);
      const reply = state.byReplyRun.get(runId);
      const hop = views.get(target ?? reply ?? "");
      return hop ? { hop, via: target ? "target" : "reply" } : null;
    },
  };

  /** The chain's root run as linked so far, and who sent it. */
  async function originOf(hop: Hop): Promise<HopOrigin> {
    const rootRunId = findRoot(hop.callerRunId, source);
    const rootHop = source.hopsFrom(rootRunId)[0];
    const dispatch = await dispatchOf(rootRunId);
    return {
      rootRunId,
      rootSessionKey: rootHop?.callerSessionKey ?? hop.callerSessionKey,
      via: dispatch ? "switchboard" : "outside",
      user: dispatch?.user ?? null,
    };
  }

  /** Who sent a root run through Switchboard: its own dispatch, or that of the send it carries. */
  async function dispatchOf(runId: string) {
    const sent = deps.routes.sentAs(runId);
    return (await deps.store.getDispatch(runId)) ?? (sent ? await deps.store.getDispatch(sent) : null);
  }

  /** The runs the store has, by id, in the order asked. */
  async function runsOf(ids: readonly string[]): Promise<Map<string, RunSummary>> {
    const found = await Promise.all(ids.map((id) => deps.store.getRun(id)));
    return new Map(found.filter((r): r is RunSummary => r !== null).map((r) => [r.runId, r]));
  }

  async function runOf(runId: string | null, fresh: Map<string, RunSummary>): Promise<RunSummary | null> {
    if (!runId) return null;
    return fresh.get(runId) ?? (await deps.store.getRun(runId));
  }

  /** The hops whose message queued behind `runId` (a restart that loses the run drops them). */
  function queuedBehind(runId: string): string[] {
    return [...state.hops.values()].filter((f) => f.accepted?.behindRunId === runId).map((f) => f.hopId);
  }

  /** Links a committed batch into hops, re-derives the receipts it moved, stores them, raises alerts. */
  async function linkBatch(events: readonly TimelineEvent[], runs: readonly RunSummary[]): Promise<void> {
    const touched = new Set<string>();
    for (const event of events) for (const id of linkEvent(state, event)) touched.add(id);
    for (const run of runs) {
      const id = state.byTargetRun.get(run.runId) ?? state.byReplyRun.get(run.runId);
      if (id) touched.add(id);
      if (run.status === "interrupted") for (const queued of queuedBehind(run.runId)) touched.add(queued);
    }
    if (touched.size === 0) return;
    const fresh = new Map(runs.map((r) => [r.runId, r]));
    const changed: Hop[] = [];
    const saved = [];
    for (const id of touched) {
      const facts = state.hops.get(id)!;
      const behind = await runOf(facts.accepted?.behindRunId ?? null, fresh);
      const derived = deriveHop(facts, await runOf(targetRunOf(facts), fresh), behind);
      const hop = { ...derived, notes: views.get(id)?.notes ?? [], origin: await originOf(derived) };
      if (JSON.stringify(views.get(id)) === JSON.stringify(hop)) continue;
      views.set(id, hop);
      changed.push(hop);
      saved.push({ facts, hop });
    }
    if (changed.length === 0) return;
    await deps.store.saveHops(saved);
    deps.publish.hops(changed);
    const chains = new Map(changed.map((h) => [findRoot(h.callerRunId, source), h.callerRunId]));
    const alerts = [];
    for (const runId of chains.values()) {
      const shape = buildChain(runId, source);
      const deadlocks = findDeadlocks(shape.hops, await runsOf(shape.runIds));
      alerts.push(...alertsForChain(shape, deps.maxDepth, deadlocks));
    }
    const raised = await deps.store.upsertAlerts(alerts);
    if (raised.length > 0) deps.publish.alerts(raised);
  }

  return {
    /** Reads the hops again: another instance may have linked more while this one stood by. */
    async reload(): Promise<void> {
      ({ state, views } = await load());
    },
    hopsFrom: source.hopsFrom,
    hopInto: (runId: string) => source.hopInto(runId)?.hop ?? null,
    /** The sessions work passed through before this hop's caller (for the loop guard). */
    sessionPath: (hop: Hop) => sessionPath(hop.callerRunId, hop.callerSessionKey, source),
    /** Hops whose policy notes are unfinished (pending, or the confirmation not yet begun): resumed at start. */
    withOpenNotes(): Hop[] {
      return [...views.values()].filter(
        (h) =>
          h.notes.some((n) => n.status === "pending") ||
          (h.notes.length > 0 && !h.notes.some((n) => n.action === "confirm")),
      );
    },
    /** Attaches what the policies did to a hop, stores and re-publishes it. */
    async annotate(hopId: string, notes: PolicyNote[]): Promise<void> {
      const view = views.get(hopId);
      const facts = state.hops.get(hopId);
      if (!view || !facts) return;
      const hop = { ...view, notes };
      views.set(hopId, hop);
      await deps.store.saveHops([{ facts, hop }]);
      deps.publish.hops([hop]);
    },
    /**
     * Called with each committed batch: its new events and the runs they changed. Returns the
     * runs to publish (send ids run under another id show that run: see routes.ts).
     */
    async apply(events: readonly TimelineEvent[], runs: readonly RunSummary[]): Promise<RunSummary[]> {
      const published = await deps.routes.apply(events, runs);
      await linkBatch(events, runs);
      return published;
    },
    /** A deadlock by its id (the hop that closes it), as its chain shows it now; null if there is none. */
    async deadlock(deadlockId: string): Promise<{ deadlock: Deadlock; closing: Hop } | null> {
      const closing = views.get(deadlockId);
      if (!closing) return null;
      const shape = buildChain(closing.callerRunId, source);
      const deadlock = findDeadlocks(shape.hops, await runsOf(shape.runIds)).find(
        (d) => d.deadlockId === deadlockId,
      );
      return deadlock ? { deadlock, closing } : null;
    },
    /** The chain around a run, or null when Switchboard has never seen the run. */
    async chain(runId: string): Promise<Chain | null> {
      const shape = buildChain(runId, source);
      const byId = await runsOf(shape.runIds);
      const runs = [...byId.values()];
      if (runs.length === 0 && shape.hops.length === 0) return null;
      const dispatch = await dispatchOf(shape.rootRunId);
      const origin = dispatch
        ? { via: "switchboard" as const, user: dispatch.user }
        : { via: "outside" as const, user: null };
      const { runIds: _ids, ...rest } = shape;
      return { ...rest, runs, deadlocks: findDeadlocks(shape.hops, byId), depthLimit: deps.maxDepth, origin };
    },
  };
}

export type Handoffs = Awaited<ReturnType<typeof createHandoffs>>;
