import { z } from "zod";
import type { TimelineEvent } from "./timeline";

/** The event kinds a progress stream can carry (`?events=tool,assistant,lifecycle,chat`). */
export const ProgressKind = z.enum(["tool", "assistant", "lifecycle", "chat"]);
export type ProgressKind = z.infer<typeof ProgressKind>;

export const ProgressKinds = z
  .string()
  .default("tool,assistant,lifecycle,chat")
  .transform((s) =>
    s
      .split(",")
      .map((k) => k.trim())
      .filter(Boolean),
  )
  .pipe(z.array(ProgressKind).min(1, "at least one of tool, assistant, lifecycle, chat"));

const MILESTONE_CHARS = 200;

/** An assistant text block as a milestone: what it says so far, cut short. */
export function assistantMilestone(event: Extract<TimelineEvent, { kind: "assistant" }>): ProgressItem {
  const text = event.text.trim();
  return {
    runId: event.runId,
    at: event.ts,
    kind: "assistant",
    summary: text.length > MILESTONE_CHARS ? `${text.slice(0, MILESTONE_CHARS - 1)}…` : text,
  };
}

/** One line of "what happened", for the final `result` of a stream; an assistant text block is one milestone. */
export const ProgressItem = z.object({
  runId: z.string(),
  at: z.number(),
  kind: ProgressKind,
  summary: z.string(),
});
export type ProgressItem = z.infer<typeof ProgressItem>;

export const StreamResult = z.object({
  /** The runs' outcome; `timeout` when `?timeout=S` ran out first (never a failure: see stillRunning). */
  status: z.string(),
  /** True when the stream stopped waiting while a run it follows still works. */
  stillRunning: z.boolean(),
  /** The runs still working when a timeout ended the stream (empty otherwise). */
  runIds: z.array(z.string()),
  /** Every run the stream followed, with its status. */
  runs: z.array(z.object({ runId: z.string(), sessionKey: z.string(), status: z.string() })),
  progress: z.array(ProgressItem),
  reply: z.string().nullable(),
});
export type StreamResult = z.infer<typeof StreamResult>;

/** A compact line for a progress event, or null for the many that are not worth one (deltas). */
export function progressItem(event: TimelineEvent): ProgressItem | null {
  const item = (kind: ProgressKind, summary: string) => ({ runId: event.runId, at: event.ts, kind, summary });
  switch (event.kind) {
    case "tool":
      if (event.phase === "update") return null;
      return item(
        "tool",
        `${event.name} ${event.phase === "start" ? "started" : event.isError ? "failed" : "done"}`,
      );
    case "lifecycle":
      return event.phase === "start" || event.phase === "end" || event.phase === "error"
        ? item("lifecycle", event.error ? `${event.phase}: ${event.error}` : event.phase)
        : null;
    case "chat":
      return event.state === "delta"
        ? null
        : item("chat", `${event.state}${event.text ? `: ${event.text.slice(0, 200)}` : ""}`);
    default:
      return null;
  }
}
