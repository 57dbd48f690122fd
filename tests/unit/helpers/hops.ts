import { Chain, Hop, type HopState } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";

/** Domain fixtures for the front end's handoff helpers, parsed so contract defaults apply. */

export function run(runId: string, sessionKey: string, extra: Partial<RunSummary> = {}): RunSummary {
  return {
    runId,
    sessionKey,
    agentId: "main",
    status: "completed",
    startedAt: 1000,
    endedAt: 2000,
    updatedAt: 2000,
    toolCalls: 0,
    reply: null,
    error: null,
    lastCursor: 1,
    route: null,
    ...extra,
  };
}

export function hop(
  hopId: string,
  caller: [runId: string, sessionKey: string],
  target: [runId: string | null, sessionKey: string | null],
  state: HopState = "completed",
  extra: Partial<Omit<Hop, "timestamps">> & { timestamps?: Partial<Hop["timestamps"]> } = {},
): Hop {
  const { timestamps, ...rest } = extra;
  return Hop.parse({
    hopId,
    kind: "send",
    callerRunId: caller[0],
    callerSessionKey: caller[1],
    toolCallId: `call-${hopId}`,
    targetSessionKey: target[1],
    targetRunId: target[0],
    link: target[0] ? "confirmed" : null,
    replyRunId: null,
    depth: 1,
    state,
    callerStatus: null,
    waitSeconds: 30,
    messagePreview: "hello",
    error: null,
    timestamps: {
      sentAt: 1000,
      deliveredAt: null,
      startedAt: null,
      endedAt: null,
      callerReleasedAt: null,
      repliedAt: null,
      resultAt: null,
      ...timestamps,
    },
    ...rest,
  });
}

export function chain(runs: RunSummary[], hops: Hop[], extra: Partial<Chain> = {}): Chain {
  return Chain.parse({
    rootRunId: runs[0]?.runId ?? "r1",
    runs,
    hops,
    cycles: [],
    maxDepth: Math.max(0, ...hops.map((h) => h.depth)),
    depthLimit: 5,
    origin: { via: "outside", user: null },
    ...extra,
  });
}
