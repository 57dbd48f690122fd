import { z } from "zod";

/**
 * The payloads Switchboard reads, validated at the edge. Schemas are deliberately loose
 * (`looseObject`): the gateway adds fields every release and a new field must never drop
 * an event. What fails validation is still kept, as an `unknown` event.
 */
const RunScoped = {
  runId: z.string().min(1),
  sessionKey: z.string().min(1).optional(),
  agentId: z.string().optional(),
  seq: z.number().int().optional(),
  ts: z.number().optional(),
};

export const AgentPayload = z.looseObject({
  ...RunScoped,
  stream: z.string(),
  data: z.looseObject({}).optional().default({}),
});
export type AgentPayload = z.infer<typeof AgentPayload>;

export const ChatPayload = z.looseObject({
  ...RunScoped,
  state: z.string(),
  message: z.unknown().optional(),
  deltaText: z.string().optional(),
  stopReason: z.string().optional(),
  errorMessage: z.string().optional(),
  phase: z.string().optional(),
});
export type ChatPayload = z.infer<typeof ChatPayload>;

export const SessionMessagePayload = z.looseObject({
  sessionKey: z.string().min(1),
  messageId: z.string().optional(),
  messageSeq: z.number().optional(),
  message: z.looseObject({
    role: z.string(),
    content: z.unknown(),
    timestamp: z.number().optional(),
    provenance: z
      .looseObject({
        kind: z.string(),
        sourceSessionKey: z.string().optional(),
        sourceTool: z.string().optional(),
      })
      .optional(),
    __openclaw: z.looseObject({ runId: z.string().optional(), id: z.string().optional() }).optional(),
  }),
});
export type SessionMessagePayload = z.infer<typeof SessionMessagePayload>;

/** A session row as `sessions.list` and `sessions.changed` carry it (snapshot fields vary). */
export const SessionRow = z.looseObject({
  key: z.string().min(1),
  agentId: z.string().optional(),
  label: z.string().nullish(),
  displayName: z.string().nullish(),
  kind: z.string().nullish(),
  channel: z.string().nullish(),
  lastChannel: z.string().nullish(),
  status: z.string().nullish(),
  updatedAt: z.number().nullish(),
});
export type SessionRow = z.infer<typeof SessionRow>;

export const SessionsChangedPayload = z.looseObject({
  sessionKey: z.string().min(1),
  reason: z.string().optional(),
  phase: z.string().optional(),
  runId: z.string().optional(),
  ts: z.number().optional(),
  /** Present (the new run) only when the session was idle; null while a run is active. */
  activeRunIds: z.array(z.string()).nullish(),
  session: SessionRow.partial({ key: true }).optional(),
});
export type SessionsChangedPayload = z.infer<typeof SessionsChangedPayload>;

export const SessionsListResult = z.looseObject({ sessions: z.array(SessionRow) });

/**
 * A `chat.history` row: the transcript message a live `session.message` carries, plus what a
 * tool result row or an assistant turn's ending adds. `__openclaw.runId` names its run.
 */
export const HistoryRow = SessionMessagePayload.shape.message.extend({
  idempotencyKey: z.string().optional(),
  toolCallId: z.string().optional(),
  toolName: z.string().optional(),
  isError: z.boolean().optional(),
  details: z.unknown().optional(),
  stopReason: z.string().optional(),
  errorMessage: z.string().optional(),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

/** Rows that do not parse are left out one by one, never the whole page. */
export const ChatHistoryResult = z.looseObject({ messages: z.array(z.unknown()).default([]) });

/** One event as it left the gateway, with the moment Switchboard received it. */
export interface InboundFrame {
  event: string;
  payload: unknown;
  receivedAt: number;
}
