import type { Hop } from "@/lib/hops";
import { renderTemplate, type TemplateValues } from "@/lib/policy-template";

/** What a template needs beyond the hop: looked up in the store and on the gateway. */
export interface NoteContext {
  /** The sender session's label or display name; null: it has neither (its key stands in). */
  senderName: string | null;
  /** The thread or topic of the target session's delivery context; null: it has none. */
  incomingTopic: string | null;
}

/** How the target took the message, in one word: queued behind a run, steered into one, or delivered. */
export function dispositionOf(hop: Hop): string {
  if (hop.disposition === "steered") return "steered";
  return hop.queuedBehindRunId !== null || hop.disposition === "queued" ? "queued" : "delivered";
}

/** The placeholders' values for one hop. Pure. */
export function templateValues(hop: Hop, context: NoteContext): TemplateValues {
  const queued = dispositionOf(hop) === "queued";
  return {
    sender: context.senderName ?? hop.callerSessionKey,
    sender_session: hop.callerSessionKey,
    target_session: hop.targetSessionKey ?? "an unknown session",
    incoming_topic: context.incomingTopic ?? "",
    timestamp: new Date(
      hop.timestamps.acceptedAt ?? hop.timestamps.deliveredAt ?? hop.timestamps.sentAt,
    ).toISOString(),
    run_id: hop.targetRunId ?? hop.callerRunId,
    depth: String(hop.depth),
    queue: queued ? "queued behind 1 run" : "",
    disposition: dispositionOf(hop),
  };
}

/** A template filled in for one hop, with a warning for each placeholder that had no value. Pure. */
export function noteText(
  template: string,
  hop: Hop,
  context: NoteContext,
): { text: string; warnings: string[] } {
  const warnings =
    template.includes("{incoming_topic}") && context.incomingTopic === null
      ? [`${hop.targetSessionKey ?? "the target"} has no thread or topic: {incoming_topic} is empty`]
      : [];
  return { text: renderTemplate(template, templateValues(hop, context)), warnings };
}

/** Would this hop close a loop (its target is already on its path) or pass the depth limit? */
export function guardViolation(hop: Hop, sessionPath: readonly string[], maxDepth: number): string | null {
  if (hop.targetSessionKey && sessionPath.includes(hop.targetSessionKey)) {
    return `loop: ${[...sessionPath.slice(sessionPath.indexOf(hop.targetSessionKey)), hop.targetSessionKey].join(" → ")}`;
  }
  return hop.depth > maxDepth ? `depth ${hop.depth} passes the limit of ${maxDepth}` : null;
}
