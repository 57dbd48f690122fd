import type { HandoffFactOf } from "@/lib/handoff-events";
import type { HopFacts } from "@/lib/hop-facts";
import type { TimelineEvent, TimelineEventOf } from "@/lib/timeline";
import { isRejected, targetRunOf, targetsSession } from "./hop-facts";
import { deliveredBefore, findAwaitingReply, findOpenHop, oldestHop, SLACK_MS } from "./link-find";
import {
  activeRun,
  createSessionActivity,
  landedRun,
  trackActivity,
  type SessionActivity,
} from "./session-activity";

export { targetRunOf } from "./hop-facts";

/** The linker's memory: every hop's facts, indexed by the runs they touch, and what sessions run now. */
export interface LinkState {
  hops: Map<string, HopFacts>;
  byCaller: Map<string, Set<string>>;
  byTargetRun: Map<string, string>;
  byReplyRun: Map<string, string>;
  activity: SessionActivity;
}

export function createLinkState(
  facts: Iterable<HopFacts> = [],
  activity = createSessionActivity(),
): LinkState {
  const state: LinkState = {
    hops: new Map(),
    byCaller: new Map(),
    byTargetRun: new Map(),
    byReplyRun: new Map(),
    activity,
  };
  for (const f of facts) put(state, f);
  return state;
}

type Handoff<T extends Parameters<typeof handoffOf>[1]> = TimelineEventOf<"handoff"> & {
  fact: HandoffFactOf<T>;
};

function handoffOf<T extends TimelineEventOf<"handoff">["fact"]["type"]>(
  e: TimelineEvent,
  type: T,
): Handoff<T> | null {
  return e.kind === "handoff" && e.fact.type === type ? (e as Handoff<T>) : null;
}

/**
 * Folds one stored event into the hop facts; returns the ids of the hops it changed. Only
 * handoff facts link (lifecycle events only say which runs a session is running). A hop is
 * linked to its target run provisionally by the landing's provenance and timing, and
 * confirmed (or corrected) by the result's run id.
 */
export function linkEvent(state: LinkState, event: TimelineEvent): string[] {
  trackActivity(state.activity, event);
  const call = handoffOf(event, "call");
  if (call) return linkCall(state, call);
  const result = handoffOf(event, "result");
  if (result) return linkResult(state, result);
  const accepted = handoffOf(event, "accepted");
  if (accepted) return linkAccepted(state, accepted);
  const inbound = handoffOf(event, "inbound");
  if (inbound) {
    const delivered = inbound.fact.source?.kind === "inter_session" ? linkInbound(state, inbound) : [];
    return [...delivered, ...queueBehindLanding(state, inbound)];
  }
  const announce = handoffOf(event, "announce");
  if (announce) return linkAnnounce(state, announce);
  return [];
}

function linkCall(state: LinkState, e: Handoff<"call">): string[] {
  const f = e.fact;
  const hopId = `${e.runId}:${f.toolCallId}`;
  if (state.hops.has(hopId)) return [];
  put(state, {
    hopId,
    kind: f.tool,
    callerRunId: e.runId,
    callerSessionKey: e.sessionKey,
    toolCallId: f.toolCallId,
    sentAt: e.ts,
    requestedTarget: f.targetSessionKey ?? f.targetLabel ?? f.targetAgentId,
    namedSessionKey: f.targetSessionKey,
    targetLabel: f.targetLabel,
    message: f.message,
    waitSeconds: f.timeoutSeconds,
    result: null,
    accepted: null,
    delivery: null,
    duplicates: [],
    reply: null,
    depth: runDepth(state, e.runId) + 1,
  });
  return [hopId];
}

function linkResult(state: LinkState, e: Handoff<"result">): string[] {
  const hopId = `${e.runId}:${e.fact.toolCallId}`;
  const existing = state.hops.get(hopId);
  if (!existing || existing.result) return [];
  const { type: _type, tool: _tool, toolCallId: _id, ...rest } = e.fact;
  const result = { ...rest, at: e.ts };
  const updated: HopFacts = { ...existing, result };
  // The result names the target run: that link wins over a provisional one (not for a steered
  // message: the run it names never runs, the message joins a running turn instead).
  if (
    existing.delivery &&
    result.targetRunId &&
    result.disposition !== "steered" &&
    existing.delivery.runId !== result.targetRunId
  ) {
    state.byTargetRun.delete(existing.delivery.runId);
    updated.delivery = null;
  }
  // Queued or steered without a word from the session yet: the result is the acceptance.
  const target = result.targetSessionKey ?? existing.namedSessionKey;
  if (
    !existing.accepted &&
    (result.disposition || (existing.kind === "spawn" && result.status === "accepted"))
  ) {
    const behind =
      target && result.disposition ? activeRun(state.activity, target, result.targetRunId) : null;
    updated.accepted = { at: e.ts, behindRunId: behind };
  }
  put(state, updated);
  return [hopId];
}

/**
 * `sessions.changed` `send` on a session: the oldest hop towards it not yet accepted took it.
 * When the session is busy the message waits behind its running run; when idle the event names
 * the new run. The landing's own timestamp later gives the exact acceptance time.
 */
function linkAccepted(state: LinkState, e: Handoff<"accepted">): string[] {
  const ids = e.fact.activeRunIds ?? [];
  const best = oldestHop(state, (h) => {
    if (h.kind !== "send" || h.accepted || h.delivery || h.sentAt > e.ts + SLACK_MS) return false;
    if (!targetsSession(h, e.sessionKey) || isRejected(h)) return false;
    return !(h.result?.targetRunId && ids.length > 0 && !ids.includes(h.result.targetRunId));
  });
  if (!best) return [];
  const behindRunId =
    ids.length > 0 ? null : activeRun(state.activity, e.sessionKey, best.result?.targetRunId);
  put(state, { ...best, accepted: { at: e.ts, behindRunId } });
  return [best.hopId];
}

/**
 * Another message landing in a session first: the hops it had already accepted wait behind the
 * run that carries it. The gateway can tell of an acceptance before the run ahead of it shows
 * any sign of life, so the run a message queued behind is sometimes known only now.
 */
function queueBehindLanding(state: LinkState, e: Handoff<"inbound">): string[] {
  const carrier = landedRun(e);
  if (!carrier || activeRun(state.activity, e.sessionKey) !== carrier) return [];
  const waiting = [...state.hops.values()].filter(
    (h) =>
      h.accepted?.behindRunId === null &&
      !h.delivery &&
      targetsSession(h, e.sessionKey) &&
      targetRunOf(h) !== carrier,
  );
  for (const h of waiting) put(state, { ...h, accepted: { ...h.accepted!, behindRunId: carrier } });
  return waiting.map((h) => h.hopId);
}

function linkInbound(state: LinkState, e: Handoff<"inbound">): string[] {
  const source = e.fact.source?.sessionKey;
  const runId = e.fact.sendRunId;
  if (!source || !runId) return [];
  const again = deliveredBefore(state, e.sessionKey, runId, e.ts);
  if (again) {
    put(state, { ...again, duplicates: [...again.duplicates, e.ts] });
    return [again.hopId];
  }
  const delivered = findOpenHop(state, source, e.sessionKey, e.ts, runId);
  if (delivered) {
    const admittedAt = e.fact.admittedAt;
    put(state, {
      ...delivered,
      accepted:
        admittedAt === null
          ? delivered.accepted
          : { at: admittedAt, behindRunId: delivered.accepted?.behindRunId ?? null },
      delivery: { at: e.ts, runId, admittedAt, landedIn: activeRun(state.activity, e.sessionKey, runId) },
    });
    return [delivered.hopId];
  }
  const replied = findAwaitingReply(state, e.sessionKey, source, runId);
  if (replied) {
    put(state, { ...replied, reply: { at: e.ts, runId } });
    return [replied.hopId];
  }
  return [];
}

/** A spawned child's completion comes back as the requester's `announce:v1:…` run: the hop's reply. */
function linkAnnounce(state: LinkState, e: Handoff<"announce">): string[] {
  for (const h of state.hops.values()) {
    if (h.kind !== "spawn" || h.reply || h.callerSessionKey !== e.sessionKey) continue;
    if (h.result?.targetRunId !== e.fact.childRunId) continue;
    put(state, { ...h, reply: { at: e.ts, runId: e.runId } });
    return [h.hopId];
  }
  return [];
}

/** How deep a run sits: the depth of the hop that brought work to it (or back to it). */
function runDepth(state: LinkState, runId: string, seen = new Set<string>()): number {
  if (seen.has(runId)) return 0;
  seen.add(runId);
  const inbound = state.byTargetRun.get(runId);
  if (inbound) return state.hops.get(inbound)?.depth ?? 0;
  const reply = state.byReplyRun.get(runId);
  const back = reply ? state.hops.get(reply) : undefined;
  return back ? runDepth(state, back.callerRunId, seen) : 0;
}

function put(state: LinkState, f: HopFacts): void {
  const previous = state.hops.get(f.hopId);
  const before = previous ? targetRunOf(previous) : null;
  state.hops.set(f.hopId, f);
  const callers = state.byCaller.get(f.callerRunId) ?? new Set<string>();
  callers.add(f.hopId);
  state.byCaller.set(f.callerRunId, callers);
  const target = targetRunOf(f);
  if (before && before !== target && state.byTargetRun.get(before) === f.hopId)
    state.byTargetRun.delete(before);
  // A steered message joins a turn that some other hop may have started: that one keeps it.
  const steered = f.result?.disposition === "steered";
  if (target && !(steered && state.byTargetRun.has(target))) state.byTargetRun.set(target, f.hopId);
  if (f.reply) state.byReplyRun.set(f.reply.runId, f.hopId);
}
