import { z } from "zod";

/**
 * The gateway's handoff facts as normalization types them (server/timeline/normalize-handoff.ts):
 * the linker and the receipts read only these, never raw tool arguments or results.
 */

const HandoffTool = z.enum(["send", "spawn"]);

/** A `sessions_send` / `sessions_spawn` call, from its arguments. */
const HandoffCall = z.object({
  type: z.literal("call"),
  tool: HandoffTool,
  toolCallId: z.string(),
  /** The target as the caller named it: a session key, a label (`label`), an agent id (spawn). */
  targetSessionKey: z.string().nullable(),
  targetLabel: z.string().nullable(),
  targetAgentId: z.string().nullable(),
  message: z.string(),
  /** The caller's wait (`timeoutSeconds`; 0 = fire-and-forget); null when not given. */
  timeoutSeconds: z.number().nullable(),
  /** `mode` as given (e.g. `steer`, `followup`, spawn's `run`). */
  mode: z.string().nullable(),
});

/** The call's result `details`, verbatim where the gateway says something. */
const HandoffResult = z.object({
  type: z.literal("result"),
  tool: HandoffTool,
  toolCallId: z.string(),
  /** ok, accepted, timeout, error, forbidden, no_reply, …: as the gateway wrote it. */
  status: z.string(),
  /** The run that carries (or will carry) the message: `details.runId`. */
  targetRunId: z.string().nullable(),
  /** The session the target resolved to (`sessionKey`, or spawn's `childSessionKey`). */
  targetSessionKey: z.string().nullable(),
  /** `targetDisposition`: queued | steered; absent from `ok` results. */
  disposition: z.string().nullable(),
  /** How the reply travels back: `delivery.status` (pending, skipped, …) and `delivery.mode`. */
  delivery: z.object({ status: z.string().nullable(), mode: z.string().nullable() }).nullable(),
  error: z.string().nullable(),
  reply: z.string().nullable(),
});

/** A message landing in a session's transcript that names the send it came from. */
const HandoffInbound = z.object({
  type: z.literal("inbound"),
  messageId: z.string().nullable(),
  role: z.string(),
  /** The send id its idempotency key names (`<runId>:user`); null for other keys (collect). */
  sendRunId: z.string().nullable(),
  idempotencyKey: z.string().nullable(),
  /** When the session accepted it (the message's `timestamp`): earlier than its landing for a queued message. */
  admittedAt: z.number().nullable(),
  /** Who sent it, for an inter-session message (its provenance). */
  source: z
    .object({ kind: z.string(), sessionKey: z.string().nullable(), tool: z.string().nullable() })
    .nullable(),
  /** The running turn an operator message was steered into. */
  steerTargetRunId: z.string().nullable(),
});

/** `sessions.changed` with `reason:"send"`: the session accepted a message (a run id only when idle). */
const SessionAccepted = z.object({
  type: z.literal("accepted"),
  activeRunIds: z.array(z.string()).nullable(),
});

/** A run the gateway started from a session's queue of waiting messages (`completionSource:"reply-dispatch"`). */
const QueueRun = z.object({ type: z.literal("queue-run") });

/** A run under `announce:v1:<childSessionKey>:<childRunId>`: a spawned child's completion, back in the requester. */
const SpawnAnnounce = z.object({
  type: z.literal("announce"),
  childSessionKey: z.string(),
  childRunId: z.string(),
});

export const HandoffFact = z.discriminatedUnion("type", [
  HandoffCall,
  HandoffResult,
  HandoffInbound,
  SessionAccepted,
  QueueRun,
  SpawnAnnounce,
]);
export type HandoffFact = z.infer<typeof HandoffFact>;
export type HandoffFactOf<T extends HandoffFact["type"]> = Extract<HandoffFact, { type: T }>;
