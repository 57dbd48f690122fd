import type { InboundFrame } from "@/server/gateway/frames";

/** A run of `count` assistant events carrying ~2 KB of text each (700 → ~1.4 MB stored). */
export function bigRun(runId: string, count: number, firstSeq = 1): InboundFrame[] {
  return Array.from({ length: count }, (_, i) => ({
    event: "agent",
    receivedAt: 1000 + i,
    payload: {
      runId,
      seq: firstSeq + i,
      sessionKey: "agent:main:flood",
      stream: "assistant",
      ts: 1000 + i,
      data: { text: `${"lorem ipsum ".repeat(170)} #${firstSeq + i}`, delta: "x" },
    },
  }));
}
