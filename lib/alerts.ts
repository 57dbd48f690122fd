import { z } from "zod";

/** Something in the handoff graph a person should look at. */
export const Alert = z.object({
  alertId: z.string(),
  kind: z.enum(["loop", "depth", "failed_hop", "deadlock", "duplicate_delivery"]),
  /** The chain it belongs to: open it with /runs/:rootRunId (chain tab). */
  rootRunId: z.string(),
  hopId: z.string().nullable(),
  /** e.g. "Loop: agent:main:a → agent:main:b → agent:main:a, 2 turns". */
  message: z.string(),
  sessions: z.array(z.string()),
  at: z.number(),
  /** A deadlock: when its first wait expires, and when it ended (null while it holds). */
  breaksAt: z.number().nullable().default(null),
  endedAt: z.number().nullable().default(null),
});
export type Alert = z.infer<typeof Alert>;

export const AlertsResponse = z.object({ alerts: z.array(Alert) });
export type AlertsResponse = z.infer<typeof AlertsResponse>;
