import type { TimelineEvent, TimelineEventOf } from "@/lib/timeline";
import type { HopFacts } from "@/lib/hop-facts";
import { HANDOFF_TOOLS, namesSession, readToolResult } from "./hop-facts";
import { str } from "./read-value";

/** The linker's memory: every hop's facts, indexed by the runs they touch. */
export interface LinkState {
  hops: Map<string, HopFacts>;
  byCaller: Map<string, Set<string>>;
  byTargetRun: Map<string, string>;
  byReplyRun: Map<string, string>;
}

export function createLinkState(facts: Iterable<HopFacts> = []): LinkState {
  const state: LinkState = {
    hops: new Map(),
    byCaller: new Map(),
    byTargetRun: new Map(),
    byReplyRun: new Map(),
  };
  for (const f of facts) put(state, f);
  return state;
}

/** Clock slack between the caller's tool start and the target's inbound message (ms). */
const SLACK_MS = 2000;

/**
 * Folds one stored event into the hop facts; returns the ids of the hops it changed.
 * The hop is linked to its target run provisionally by the inbound message's provenance
 * and timing, and confirmed (or corrected) by the tool result's `details.runId`.
 */
export function linkEvent(state: LinkState, event: TimelineEvent): string[] {
  if (event.kind === "tool") return linkTool(state, event);
  if (event.kind === "message" && event.provenance?.kind === "inter_session")
    return linkInbound(state, event);
  return [];
}

function linkTool(state: LinkState, e: TimelineEventOf<"tool">): string[] {
  const kind = HANDOFF_TOOLS[e.name];
  if (!kind) return [];
  const hopId = `${e.runId}:${e.toolCallId}`;
  const existing = state.hops.get(hopId);
  if (e.phase === "start") {
    if (existing) return [];
    const args = (e.args ?? {}) as Record<string, unknown>;
    put(state, {
      hopId,
      kind,
      callerRunId: e.runId,
      callerSessionKey: e.sessionKey,
      toolCallId: e.toolCallId,
      sentAt: e.ts,
      requestedTarget: str(args.sessionKey) ?? str(args.label) ?? str(args.agentId),
      message: str(args.message) ?? str(args.task) ?? "",
      waitSeconds:
        typeof args.timeoutSeconds === "number" ? args.timeoutSeconds : kind === "spawn" ? 0 : null,
      result: null,
      delivery: null,
      reply: null,
      depth: runDepth(state, e.runId) + 1,
    });
    return [hopId];
  }
  if (e.phase !== "result" || !existing || existing.result) return [];
  const result = readToolResult(e.result, e.ts, e.isError);
  const updated = { ...existing, result };
  // The result names the target run: that link wins over a provisional one.
  if (existing.delivery && result.targetRunId && existing.delivery.runId !== result.targetRunId) {
    state.byTargetRun.delete(existing.delivery.runId);
    updated.delivery = null;
  }
  put(state, updated);
  return [hopId];
}

function linkInbound(state: LinkState, e: TimelineEventOf<"message">): string[] {
  const source = e.provenance?.sourceSessionKey;
  if (!source || !e.runId) return [];
  const delivered = findOpenHop(state, source, e.sessionKey, e.ts, e.runId);
  if (delivered) {
    put(state, { ...delivered, delivery: { at: e.ts, runId: e.runId } });
    return [delivered.hopId];
  }
  const replied = findAwaitingReply(state, e.sessionKey, source, e.runId);
  if (replied) {
    put(state, { ...replied, reply: { at: e.ts, runId: e.runId } });
    return [replied.hopId];
  }
  return [];
}

/** The oldest hop from `caller` towards `target` still waiting for its message to land. */
function findOpenHop(
  state: LinkState,
  caller: string,
  target: string,
  at: number,
  runId: string,
): HopFacts | undefined {
  let best: HopFacts | undefined;
  for (const h of state.hops.values()) {
    if (h.callerSessionKey !== caller || h.delivery || h.sentAt > at + SLACK_MS) continue;
    const resolvedTarget = h.result?.targetSessionKey ?? null;
    const targetsIt = resolvedTarget ? resolvedTarget === target : namesSession(h.requestedTarget, target);
    const runMatches = !h.result?.targetRunId || h.result.targetRunId === runId;
    if (!targetsIt || !runMatches || isRejected(h)) continue;
    if (!best || h.sentAt < best.sentAt) best = h;
  }
  return best;
}

/** The caller-side hop whose reply this is: caller `caller`, target `target`, no reply yet. */
function findAwaitingReply(
  state: LinkState,
  caller: string,
  target: string,
  runId: string,
): HopFacts | undefined {
  let best: HopFacts | undefined;
  for (const h of state.hops.values()) {
    const resolved = h.result?.targetSessionKey ?? null;
    if (h.callerSessionKey !== caller || h.reply || h.callerRunId === runId) continue;
    if (!(resolved ? resolved === target : namesSession(h.requestedTarget, target)) || isRejected(h))
      continue;
    if (!best || h.sentAt < best.sentAt) best = h;
  }
  return best;
}

function isRejected(h: HopFacts): boolean {
  return (h.result?.status === "error" || h.result?.status === "forbidden") && !h.delivery;
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

/** The run a hop reached: confirmed by the result, else provisionally by the delivery. */
export function targetRunOf(f: HopFacts): string | null {
  return f.result?.targetRunId && !isRejected(f) ? f.result.targetRunId : (f.delivery?.runId ?? null);
}

function put(state: LinkState, f: HopFacts): void {
  state.hops.set(f.hopId, f);
  const callers = state.byCaller.get(f.callerRunId) ?? new Set<string>();
  callers.add(f.hopId);
  state.byCaller.set(f.callerRunId, callers);
  const target = targetRunOf(f);
  if (target) state.byTargetRun.set(target, f.hopId);
  if (f.reply) state.byReplyRun.set(f.reply.runId, f.hopId);
}
