import { z } from "zod";

/**
 * What Switchboard has observed about a send id that a busy session may not run under that
 * id (server/timeline/send-routes.ts derives its SendRoute from these). Stored, so the link
 * to the run that carries it survives a restart.
 */
export const RouteFacts = z.object({
  sendRunId: z.string(),
  sessionKey: z.string(),
  /** When the session accepted it: Switchboard's send, else the message's own timestamp. */
  acceptedAt: z.number().nullable(),
  /** The session's running run when it was accepted. */
  behindRunId: z.string().nullable(),
  /** The queue mode Switchboard asked for, for its own sends (null: someone else's send). */
  queueMode: z.string().nullable(),
  /** The gateway answered the id with an empty final before it ever ran: it runs under another id. */
  deferred: z.boolean(),
  /** The run that carries the message: a run from the session's queue, or the turn it was steered into. */
  carrier: z.object({ runId: z.string(), how: z.enum(["queued", "steered"]), at: z.number() }).nullable(),
});
export type RouteFacts = z.infer<typeof RouteFacts>;
