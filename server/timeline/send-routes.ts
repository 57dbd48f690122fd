import type { RouteFacts } from "@/lib/route-facts";
import type { RunSummary, SendRoute } from "@/lib/runs";
import { agentIdFromSessionKey } from "@/lib/sessions";
import type { TimelineEvent } from "@/lib/timeline";
import { activeRun, type SessionActivity } from "./session-activity";

/**
 * Following a message sent to a busy session to the run that carries it. Pure over the state.
 * The gateway answers such a send id with an empty final and then either runs the message as
 * the session's next turn, under a fresh id whose first user message names the send
 * (`<sendId>:user`, queue mode followup), injects it into the running turn (steer: the message
 * names that turn), or merges it with other waiting messages (collect: nothing names it).
 */
export interface RouteState {
  routes: Map<string, RouteFacts>;
  /** Per session, a run just started from its queue whose first message has not come yet. */
  queueRuns: Map<string, string>;
  activity: SessionActivity;
}

export function createRouteState(facts: Iterable<RouteFacts>, activity: SessionActivity): RouteState {
  return { routes: new Map([...facts].map((f) => [f.sendRunId, f])), queueRuns: new Map(), activity };
}

/** Switchboard's own send: when the session was busy, it will wait behind its running run. */
export function noteDispatch(
  state: RouteState,
  d: { runId: string; sessionKey: string; at: number; queueMode: string },
): RouteFacts | null {
  const behindRunId = activeRun(state.activity, d.sessionKey, d.runId);
  // Interrupt stops the running turn and runs the message under its own id: nothing to follow.
  if (state.routes.has(d.runId) || behindRunId === null || d.queueMode === "interrupt") return null;
  return put(state, {
    sendRunId: d.runId,
    sessionKey: d.sessionKey,
    acceptedAt: d.at,
    behindRunId,
    queueMode: d.queueMode,
    deferred: false,
    carrier: null,
  });
}

/** A committed event: a queue run starting, or an operator message landing that names its send. */
export function routeEvent(state: RouteState, e: TimelineEvent): RouteFacts | null {
  if (e.kind !== "handoff") return null;
  const fact = e.fact;
  if (fact.type === "queue-run") {
    state.queueRuns.set(e.sessionKey, e.runId);
    return null;
  }
  if (fact.type !== "inbound" || fact.role !== "user" || fact.source?.kind === "inter_session") return null;
  // A queue run's first user message is what it carries: a send's (followup) or a merge of several (collect).
  const queueRun = state.queueRuns.get(e.sessionKey) ?? null;
  if (queueRun) state.queueRuns.delete(e.sessionKey);
  const sendRunId = fact.sendRunId;
  if (!sendRunId) return null;
  const carrier = fact.steerTargetRunId
    ? { runId: fact.steerTargetRunId, how: "steered" as const, at: e.ts }
    : queueRun && queueRun !== sendRunId
      ? { runId: queueRun, how: "queued" as const, at: e.ts }
      : null;
  if (!carrier) return null;
  const known = state.routes.get(sendRunId) ?? fresh(state, sendRunId, e.sessionKey, carrier);
  return put(state, { ...known, acceptedAt: known.acceptedAt ?? fact.admittedAt, carrier });
}

/** Runs the projection marked as routed (their id was answered before it ran): now known to be sends. */
export function routeRuns(state: RouteState, runs: readonly RunSummary[]): RouteFacts[] {
  const changed: RouteFacts[] = [];
  for (const run of runs) {
    if (!run.route) continue;
    const known = state.routes.get(run.runId);
    if (known?.deferred) continue;
    const base = known ?? fresh(state, run.runId, run.sessionKey, null);
    changed.push(
      put(state, { ...base, deferred: true, acceptedAt: base.acceptedAt ?? run.route.acceptedAt }),
    );
  }
  return changed;
}

function routeOf(f: RouteFacts): SendRoute {
  const waiting = f.queueMode === "collect" && f.deferred ? "collected" : "queued";
  return {
    disposition: f.carrier?.how ?? waiting,
    acceptedAt: f.acceptedAt,
    behindRunId: f.behindRunId,
    carrierRunId: f.carrier?.runId ?? null,
  };
}

/**
 * The send id as a run: while it waits, queued with its route; once carried, the carrier's
 * status, times and reply (a steered message starts when it joins the turn). `own` is what
 * the store projected for the id, if anything; an id that ran by itself is left as it is.
 */
export function sendView(own: RunSummary | null, f: RouteFacts, carrier: RunSummary | null): RunSummary {
  if (own && own.route === null && own.status !== "queued") return own;
  const route = routeOf(f);
  const base: RunSummary = own ?? {
    runId: f.sendRunId,
    sessionKey: f.sessionKey,
    agentId: agentIdFromSessionKey(f.sessionKey),
    status: "queued",
    startedAt: null,
    endedAt: null,
    updatedAt: f.acceptedAt ?? 0,
    toolCalls: 0,
    reply: null,
    error: null,
    lastCursor: 0,
    route,
  };
  if (!carrier) return { ...base, status: "queued", startedAt: null, endedAt: null, reply: null, route };
  return {
    ...base,
    status: carrier.status,
    startedAt: f.carrier?.how === "steered" ? f.carrier.at : carrier.startedAt,
    endedAt: carrier.endedAt,
    updatedAt: Math.max(base.updatedAt, carrier.updatedAt),
    toolCalls: carrier.toolCalls,
    reply: carrier.reply,
    error: carrier.error,
    route,
  };
}

/** First word of a send: it waits behind the session's running run (a steered one, for the turn it joins). */
function fresh(
  state: RouteState,
  sendRunId: string,
  sessionKey: string,
  carrier: RouteFacts["carrier"],
): RouteFacts {
  const behind =
    carrier?.how === "steered"
      ? carrier.runId
      : activeRun(state.activity, sessionKey, carrier?.runId ?? sendRunId);
  return {
    sendRunId,
    sessionKey,
    acceptedAt: null,
    behindRunId: behind,
    queueMode: null,
    deferred: false,
    carrier: null,
  };
}

function put(state: RouteState, f: RouteFacts): RouteFacts {
  state.routes.set(f.sendRunId, f);
  return f;
}
