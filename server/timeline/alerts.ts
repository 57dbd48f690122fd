import type { Alert } from "@/lib/alerts";
import { deadlockOutcome, deadlockStory } from "@/lib/deadlock-view";
import type { Deadlock } from "@/lib/deadlocks";
import type { Hop } from "@/lib/hops";
import type { ChainShape } from "./chain";

/**
 * The alerts a chain deserves right now: a loop per session cycle (with how many times it
 * was closed), a deadlock (live, then how it ended), a hop past the depth limit, a failed or
 * rejected hop. Stable ids, so raising the same alert twice updates it instead of repeating it.
 */
export function alertsForChain(chain: ChainShape, maxDepth: number, deadlocks: readonly Deadlock[]): Alert[] {
  const alerts: Alert[] = deadlocks.map((d) => deadlockAlert(chain, d));
  for (const cycle of chain.cycles) {
    const closing = chain.hops.filter(
      (h) => h.targetSessionKey === cycle[0] && h.callerSessionKey === cycle[cycle.length - 2],
    );
    const last = closing.at(-1);
    alerts.push({
      alertId: `loop:${chain.rootRunId}:${cycle.join(">")}`,
      kind: "loop",
      rootRunId: chain.rootRunId,
      hopId: last?.hopId ?? null,
      message: `Loop: ${cycle.join(" → ")}, ${closing.length} ${closing.length === 1 ? "turn" : "turns"}`,
      sessions: cycle,
      at: last?.timestamps.sentAt ?? 0,
      breaksAt: null,
      endedAt: null,
    });
  }
  for (const hop of chain.hops) {
    if (hop.depth > maxDepth)
      alerts.push(
        hopAlert(chain, hop, "depth", `Depth ${hop.depth} passed the limit of ${maxDepth}: ${route(hop)}`),
      );
    const extra = hop.duplicateDeliveries.length;
    if (extra > 0)
      alerts.push(
        hopAlert(
          chain,
          hop,
          "duplicate_delivery",
          `Delivered ${extra + 1} times: ${route(hop)} (the gateway retried)`,
        ),
      );
    if (hop.state === "failed" || hop.state === "rejected") {
      alerts.push(
        hopAlert(
          chain,
          hop,
          "failed_hop",
          `Handoff ${hop.state}: ${route(hop)}${hop.error ? ` (${hop.error})` : ""}`,
        ),
      );
    }
  }
  return alerts;
}

function hopAlert(chain: ChainShape, hop: Hop, kind: Alert["kind"], message: string): Alert {
  return {
    alertId: `${kind}:${hop.hopId}`,
    kind,
    rootRunId: chain.rootRunId,
    hopId: hop.hopId,
    message,
    sessions: [hop.callerSessionKey, hop.targetSessionKey ?? "?"],
    at: hop.timestamps.sentAt,
    breaksAt: null,
    endedAt: null,
  };
}

function deadlockAlert(chain: ChainShape, d: Deadlock): Alert {
  const name = (key: string | null) => key ?? "?";
  const story = deadlockStory(d, chain.hops, name);
  return {
    alertId: `deadlock:${d.deadlockId}`,
    kind: "deadlock",
    rootRunId: chain.rootRunId,
    hopId: d.deadlockId,
    message: `Deadlock: ${story}${d.endedAt === null ? "" : ` ${deadlockOutcome(d, chain.hops, name)}`}`,
    sessions: [...d.sessions, d.sessions[0]!],
    at: d.since,
    breaksAt: d.breaksAt,
    endedAt: d.endedAt,
  };
}

const route = (hop: Hop) => `${hop.callerSessionKey} → ${hop.targetSessionKey ?? "?"}`;
