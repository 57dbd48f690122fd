import { z } from "zod";

/** A session from the gateway's catalog, enriched with what Switchboard has recorded. */
export const SessionSummary = z.object({
  sessionKey: z.string(),
  agentId: z.string().nullable(),
  label: z.string().nullable(),
  displayName: z.string().nullable(),
  kind: z.string().nullable(),
  channel: z.string().nullable(),
  /** The gateway's own word for the session (running, done, failed, …), shown as given. */
  gatewayStatus: z.string().nullable(),
  runs: z.number().int().nonnegative(),
  activeRuns: z.number().int().nonnegative(),
  lastActivityAt: z.number().nullable(),
});
export type SessionSummary = z.infer<typeof SessionSummary>;

export const SessionsResponse = z.object({ sessions: z.array(SessionSummary) });
export type SessionsResponse = z.infer<typeof SessionsResponse>;

/** The agent id inside `agent:<agentId>:<rest>`, the gateway's session key shape. */
export function agentIdFromSessionKey(sessionKey: string): string | null {
  const match = /^agent:([^:]+):/.exec(sessionKey);
  return match?.[1] ?? null;
}

/** A session key without its `agent:<agentId>:` prefix, for tight spaces: `agent:main:demo-writer` → `demo-writer`. */
export function sessionKeyTail(sessionKey: string): string {
  return /^agent:[^:]+:(.+)$/.exec(sessionKey)?.[1] ?? sessionKey;
}
