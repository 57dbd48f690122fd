import { z } from "zod";
import { HandoffFact } from "./handoff-events";

/** Fields every timeline event has. `cursor` is the store's global, gap-free position. */
const base = {
  cursor: z.number().int().positive(),
  runId: z.string(),
  sessionKey: z.string(),
  /** The gateway's per-run sequence number, when the frame had one. */
  seq: z.number().int().nullable(),
  ts: z.number(),
  /** True when it came from the gateway's history after a gap, not from a live frame. */
  backfilled: z.boolean().optional(),
};

const ToolPhase = z.enum(["start", "update", "result"]);

const LifecycleEvent = z.object({
  ...base,
  kind: z.literal("lifecycle"),
  phase: z.string(),
  error: z.string().nullable(),
  aborted: z.boolean(),
  stopReason: z.string().nullable(),
});
const ToolEvent = z.object({
  ...base,
  kind: z.literal("tool"),
  phase: ToolPhase,
  name: z.string(),
  toolCallId: z.string(),
  parentToolCallId: z.string().nullable(),
  args: z.unknown().optional(),
  result: z.unknown().optional(),
  isError: z.boolean(),
});
const AssistantEvent = z.object({
  ...base,
  kind: z.literal("assistant"),
  /** Groups the deltas of one streamed text block. */
  itemId: z.string().nullable(),
  text: z.string(),
  delta: z.string(),
});
const ChatEvent = z.object({
  ...base,
  kind: z.literal("chat"),
  state: z.enum(["delta", "final", "error", "aborted"]),
  text: z.string().nullable(),
  stopReason: z.string().nullable(),
  error: z.string().nullable(),
});
export const Provenance = z.object({
  kind: z.string(),
  sourceSessionKey: z.string().nullable(),
  sourceTool: z.string().nullable(),
});
export type Provenance = z.infer<typeof Provenance>;
const MessageEvent = z.object({
  ...base,
  kind: z.literal("message"),
  role: z.string(),
  text: z.string(),
  messageId: z.string().nullable(),
  provenance: Provenance.nullable(),
});
const StatusEvent = z.object({ ...base, kind: z.literal("status"), phase: z.string() });
const UsageEvent = z.object({
  ...base,
  kind: z.literal("usage"),
  inputTokens: z.number().nullable(),
  outputTokens: z.number().nullable(),
});
/**
 * A handoff fact (a send's call and result, a message landing, a session accepting, a queue or
 * announce run): what linking and receipts read. Timelines do not show it; its run's events do.
 */
const HandoffEvent = z.object({ ...base, kind: z.literal("handoff"), fact: HandoffFact });
/** Anything the gateway sent that Switchboard does not understand yet: kept and shown raw. */
const UnknownEvent = z.object({
  ...base,
  kind: z.literal("unknown"),
  event: z.string(),
  stream: z.string().nullable(),
  payload: z.unknown(),
});

export const TimelineEvent = z.discriminatedUnion("kind", [
  LifecycleEvent,
  ToolEvent,
  AssistantEvent,
  ChatEvent,
  MessageEvent,
  StatusEvent,
  UsageEvent,
  HandoffEvent,
  UnknownEvent,
]);
export type TimelineEvent = z.infer<typeof TimelineEvent>;
type TimelineEventKind = TimelineEvent["kind"];
export type TimelineEventOf<K extends TimelineEventKind> = Extract<TimelineEvent, { kind: K }>;

/** A normalized event before the store gives it a cursor. */
export type DraftEvent = DistributiveOmit<TimelineEvent, "cursor"> & {
  /** Identity for idempotent storage: a replayed frame maps to the same key. */
  dedupeKey: string;
};
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export const TimelineQuery = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(500),
});
export type TimelineQuery = z.infer<typeof TimelineQuery>;

export const TimelinePage = z.object({
  events: z.array(TimelineEvent),
  /** Pass as `after` for the next page; null when this page reached the end. */
  nextAfter: z.number().int().nullable(),
});
export type TimelinePage = z.infer<typeof TimelinePage>;
