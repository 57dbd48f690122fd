import type { Hop } from "@/lib/hops";
import { renderTemplate } from "@/lib/policies";
import { agentIdFromSessionKey } from "@/lib/sessions";

/** A policy template filled in for one hop. Pure. */
export function noteText(template: string, hop: Hop): string {
  return renderTemplate(template, {
    sender: agentIdFromSessionKey(hop.callerSessionKey) ?? hop.callerSessionKey,
    sender_session: hop.callerSessionKey,
    target_session: hop.targetSessionKey ?? "an unknown session",
    run_id: hop.targetRunId ?? hop.callerRunId,
    depth: String(hop.depth),
    timestamp: new Date(hop.timestamps.deliveredAt ?? hop.timestamps.sentAt).toISOString(),
  });
}

/** Would this hop close a loop (its target is already on its path) or pass the depth limit? */
export function guardViolation(hop: Hop, sessionPath: readonly string[], maxDepth: number): string | null {
  if (hop.targetSessionKey && sessionPath.includes(hop.targetSessionKey)) {
    return `loop: ${[...sessionPath.slice(sessionPath.indexOf(hop.targetSessionKey)), hop.targetSessionKey].join(" → ")}`;
  }
  return hop.depth > maxDepth ? `depth ${hop.depth} passes the limit of ${maxDepth}` : null;
}
