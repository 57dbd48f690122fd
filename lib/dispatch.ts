import { z } from "zod";
import { SessionSummary } from "./sessions";

/**
 * What a busy session does with the message (the gateway's `queueMode`): run it as the next
 * turn (`followup`, Switchboard's default), put it into the running turn (`steer`), stop the
 * running turn for it (`interrupt`), or merge it with other waiting messages (`collect`).
 */
export const QueueMode = z.enum(["followup", "steer", "interrupt", "collect"]);
export type QueueMode = z.infer<typeof QueueMode>;
export const DEFAULT_QUEUE_MODE: QueueMode = "followup";

/** `POST /api/sessions/:sessionKey/messages` */
export const SendMessageRequest = z.strictObject({
  message: z.string().trim().min(1, "a message to send").max(20_000, "at most 20,000 characters"),
  /** One per submit: a double click or a retry with the same key starts one run, never two. */
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, "8 to 128 letters, digits, - or _")
    .optional(),
  stream: z.boolean().optional(),
  /** If the session is busy: see QueueMode (default `followup`). */
  queueMode: QueueMode.optional(),
});
export type SendMessageRequest = z.infer<typeof SendMessageRequest>;

export const SendMessageResponse = z.object({
  runId: z.string(),
  /** `accepted`: a new run; `duplicate`: this idempotency key already started that run. */
  status: z.enum(["accepted", "duplicate"]),
});
export type SendMessageResponse = z.infer<typeof SendMessageResponse>;

const AGENT_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/i;
const FULL_KEY = /^agent:([a-z0-9][a-z0-9_-]{0,63}):([a-z0-9][a-z0-9:_-]*)$/i;

/**
 * What is wrong with a new session's name, if anything. `key` is either a short name (the part
 * after `agent:<agentId>:`, no `:` in it) or a full key `agent:<agentId>:<name>`; anything that
 * could mean both, or a full key naming another agent than `agentId`, is refused.
 */
function newSessionProblem(r: { agentId?: string; key?: string }): string | null {
  const full = r.key?.toLowerCase().startsWith("agent:") ? FULL_KEY.exec(r.key) : undefined;
  if (full === null) return "a full key is agent:<agent id>:<name>";
  if (full) {
    return r.agentId && r.agentId.toLowerCase() !== full[1]!.toLowerCase()
      ? `the key names agent ${full[1]} but the agent id is ${r.agentId}`
      : null;
  }
  if (!r.agentId) return "an agent id such as main, or a full key agent:<agent id>:<name>";
  if (r.key?.includes(":")) return "a short name has no ':' (or give the full key agent:<agent id>:<name>)";
  return null;
}

/** `POST /api/sessions`: a new session to send to. */
export const CreateSessionRequest = z
  .strictObject({
    agentId: z.string().regex(AGENT_ID, "an agent id such as main").optional(),
    /** A short name (after `agent:<agentId>:`) or a full key; a random short name when left out. */
    key: z
      .string()
      .regex(/^[a-z0-9][a-z0-9:_-]{0,160}$/i, "letters, digits, :, - or _")
      .optional(),
    label: z.string().trim().min(1).max(64).optional(),
  })
  .superRefine((r, ctx) => {
    const problem = newSessionProblem(r);
    if (problem) ctx.addIssue({ code: "custom", path: [r.agentId ? "key" : "agentId"], message: problem });
  });

/** The session key a valid create request names; `randomName` when it names none. */
export function newSessionKey(r: CreateSessionRequest, randomName: string): string {
  if (r.key && FULL_KEY.test(r.key)) return r.key.toLowerCase();
  return `agent:${r.agentId ?? "main"}:${r.key ?? randomName}`.toLowerCase();
}
export type CreateSessionRequest = z.infer<typeof CreateSessionRequest>;

/** `POST /api/runs/:runId/abort` takes an empty JSON object. */
export const AbortRequest = z.strictObject({});

export const AbortResponse = z.object({ aborted: z.boolean(), runIds: z.array(z.string()) });
export type AbortResponse = z.infer<typeof AbortResponse>;

/** `POST /api/deadlocks/:deadlockId/break`: the run it aborted (`aborted` false: the deadlock had ended). */
export const BreakDeadlockResponse = AbortResponse.extend({ runId: z.string() });
export type BreakDeadlockResponse = z.infer<typeof BreakDeadlockResponse>;

/** Who asked Switchboard to do something: recorded with every dispatch, for the audit trail. */
export const Dispatch = z.object({
  runId: z.string(),
  sessionKey: z.string(),
  user: z.string(),
  at: z.number(),
  messagePreview: z.string(),
  /** What the session was to do with it if busy; null for dispatches recorded before the choice existed. */
  queueMode: QueueMode.nullable().default(null),
});
export type Dispatch = z.infer<typeof Dispatch>;

/** `201` answer to `POST /api/sessions`. */
export const CreateSessionResponse = z.object({ session: SessionSummary });
export type CreateSessionResponse = z.infer<typeof CreateSessionResponse>;
