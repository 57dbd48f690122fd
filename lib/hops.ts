import { z } from "zod";
import { Deadlock } from "./deadlocks";
import { ReplyDelivery } from "./hop-facts";
import { PolicyNote } from "./policies";
import { RunSummary } from "./runs";

/**
 * A hop's receipt, in the order a healthy handoff goes through it. `queued`: the target
 * session accepted the message but runs another run first. `caller_released`: the caller
 * stopped waiting (timeout/accepted) while the target still runs: never a failure.
 */
export const HopState = z.enum([
  "sent",
  "delivered",
  "queued",
  "started",
  "caller_released",
  "completed",
  "failed",
  "rejected",
  "replied",
]);
export type HopState = z.infer<typeof HopState>;

const HopTimestamps = z.object({
  sentAt: z.number(),
  /** The target session accepted the message (before it runs, when it must wait). */
  acceptedAt: z.number().nullable().default(null),
  deliveredAt: z.number().nullable(),
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  callerReleasedAt: z.number().nullable(),
  repliedAt: z.number().nullable(),
  /** When the caller's tool call returned, whatever it said: the end of its wait window. */
  resultAt: z.number().nullable().default(null),
});

/** Who started the chain a hop belongs to: its root run, and whether a person sent that through Switchboard. */
export const HopOrigin = z.object({
  rootRunId: z.string(),
  rootSessionKey: z.string(),
  via: z.enum(["switchboard", "outside"]),
  /** The Switchboard user who sent the root message; null when it came from outside. */
  user: z.string().nullable(),
});
export type HopOrigin = z.infer<typeof HopOrigin>;

/** One `sessions_send` / `sessions_spawn` call: work leaving a caller run for a target session. */
export const Hop = z.object({
  hopId: z.string(),
  kind: z.enum(["send", "spawn"]),
  callerRunId: z.string(),
  callerSessionKey: z.string(),
  toolCallId: z.string(),
  /** The session the send resolved to; null when it resolved to none (an unknown label). */
  targetSessionKey: z.string().nullable(),
  /** The label the caller sent by (`sessions_send {label}`), as given. */
  targetLabel: z.string().nullable().default(null),
  targetRunId: z.string().nullable(),
  /** `confirmed` by the tool result's `details.runId`; `provisional` from provenance and timing. */
  link: z.enum(["confirmed", "provisional"]).nullable(),
  /** The caller's later run that received the target's reply (the announce turn). */
  replyRunId: z.string().nullable(),
  depth: z.number().int().positive(),
  state: HopState,
  timestamps: HopTimestamps,
  /** What the tool told the caller, verbatim: ok, accepted, timeout, error, forbidden, no_reply; null while waiting. */
  callerStatus: z.string().nullable(),
  /** `targetDisposition` from the result, verbatim: queued | steered | null (an `ok` result has none). */
  disposition: z.string().nullable().default(null),
  /** How the reply travels back (`delivery`), verbatim: `pending` is not delivered yet. */
  delivery: ReplyDelivery.nullable().default(null),
  /** The target session's run the message waited behind (it was busy when it accepted it). */
  queuedBehindRunId: z.string().nullable().default(null),
  /** Accepted to started (to landing, when steered); null while it still waits. */
  queueWaitMs: z.number().nullable().default(null),
  /** The caller's wait window in seconds (`timeoutSeconds`; 0 = fire-and-forget). */
  waitSeconds: z.number().nullable(),
  messagePreview: z.string(),
  /** When the same message landed in the target again (a gateway retry): each is one too many. */
  duplicateDeliveries: z.array(z.number()).default([]),
  error: z.string().nullable(),
  /** What Switchboard's handoff policies did for this hop (acknowledgement, confirmation, …). */
  notes: z.array(PolicyNote).default([]),
  origin: HopOrigin.nullable().default(null),
});
export type Hop = z.infer<typeof Hop>;

export const Chain = z.object({
  rootRunId: z.string(),
  runs: z.array(RunSummary),
  hops: z.array(Hop),
  /** Each cycle as the session keys it passes through, first repeated at the end: A, B, A. */
  cycles: z.array(z.array(z.string())),
  /** Wait-for cycles among its hops, live (`endedAt` null) or past. */
  deadlocks: z.array(Deadlock).default([]),
  maxDepth: z.number().int().nonnegative(),
  /** The configured depth limit (`maxHandoffDepth`): deeper hops raise an alert. */
  depthLimit: z.number().int().positive(),
  /** Who started the root run: a person through Switchboard (with the user), or someone or something outside it. */
  origin: z.object({ via: z.enum(["switchboard", "outside"]), user: z.string().nullable() }),
});
export type Chain = z.infer<typeof Chain>;

export const HopsQuery = z.object({
  session: z.string().min(1).optional(),
  state: HopState.optional(),
  /** Epoch ms: only hops sent at or after it. */
  since: z.coerce.number().int().nonnegative().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.string().regex(/^\d+$/, "expected a cursor from a previous page's nextCursor").optional(),
});
export type HopsQuery = z.infer<typeof HopsQuery>;

export const HopsPage = z.object({ hops: z.array(Hop), nextCursor: z.string().nullable() });
export type HopsPage = z.infer<typeof HopsPage>;
