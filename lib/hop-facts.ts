import { z } from "zod";

/** What the caller's tool result said, as normalized from its `details`. */
export const HopResult = z.object({
  at: z.number(),
  status: z.string(),
  targetRunId: z.string().nullable(),
  targetSessionKey: z.string().nullable(),
  error: z.string().nullable(),
  reply: z.string().nullable(),
});
export type HopResult = z.infer<typeof HopResult>;

const Observed = z.object({ at: z.number(), runId: z.string() });

/**
 * What Switchboard has observed about one handoff, before any interpretation: the caller's
 * tool call and result, the target's inbound message, the reply. A Hop is derived from these
 * plus the target run's own summary (server/timeline/derive-hop.ts); the store keeps both, so
 * the linker's memory survives a restart.
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
  message: z.string(),
  waitSeconds: z.number().nullable(),
  result: HopResult.nullable(),
  delivery: Observed.nullable(),
  reply: Observed.nullable(),
  depth: z.number().int(),
});
export type HopFacts = z.infer<typeof HopFacts>;
