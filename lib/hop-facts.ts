import { z } from "zod";

/** How the target's reply travels back to the caller, verbatim from the result (`delivery`). */
export const ReplyDelivery = z.object({ status: z.string().nullable(), mode: z.string().nullable() });
export type ReplyDelivery = z.infer<typeof ReplyDelivery>;

/** What the caller's tool result said, as normalization typed its `details`. */
const HopResult = z.object({
  at: z.number(),
  status: z.string(),
  targetRunId: z.string().nullable(),
  targetSessionKey: z.string().nullable(),
  /** `targetDisposition`: queued | steered (absent from `ok` results). */
  disposition: z.string().nullable().default(null),
  delivery: ReplyDelivery.nullable().default(null),
  error: z.string().nullable(),
  reply: z.string().nullable(),
});

const Observed = z.object({ at: z.number(), runId: z.string() });

/** The message landing in the target session. */
const Delivery = Observed.extend({
  /** When the target session accepted it (the message's own timestamp). */
  admittedAt: z.number().nullable().default(null),
  /** Another run of the target session that was running when it landed (a steered message joins it). */
  landedIn: z.string().nullable().default(null),
});

/** The target session accepting the message, and the run it then had to wait behind. */
const Acceptance = z.object({ at: z.number(), behindRunId: z.string().nullable() });

/**
 * What Switchboard has observed about one handoff, before any interpretation: the caller's
 * tool call and result, the target accepting the message, its landing, the reply. A Hop is
 * derived from these plus the target run's own summary (server/timeline/derive-hop.ts); the
 * store keeps both, so the linker's memory survives a restart.
 */
export const HopFacts = z.object({
  hopId: z.string(),
  kind: z.enum(["send", "spawn"]),
  callerRunId: z.string(),
  callerSessionKey: z.string(),
  toolCallId: z.string(),
  sentAt: z.number(),
  /** The target as the caller named it (a key, a label or an agent id), before resolution. */
  requestedTarget: z.string().nullable(),
  /** The session key the caller named, if it named one (not a label). */
  namedSessionKey: z.string().nullable().default(null),
  /** The label the caller sent by, if it did. */
  targetLabel: z.string().nullable().default(null),
  message: z.string(),
  waitSeconds: z.number().nullable(),
  result: HopResult.nullable(),
  accepted: Acceptance.nullable().default(null),
  delivery: Delivery.nullable(),
  /** Later landings of the same message (the same send id) in the target: the gateway delivered it again. */
  duplicates: z.array(z.number()).default([]),
  reply: Observed.nullable(),
  depth: z.number().int(),
});
export type HopFacts = z.infer<typeof HopFacts>;
