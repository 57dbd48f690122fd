import { z } from "zod";

/**
 * Everything a person does through Switchboard. `break_deadlock` (handoffs) and
 * `policy_change` (policies) are declared here for the routes that perform them.
 */
export const AuditAction = z.enum([
  "login",
  "logout",
  "send",
  "create_session",
  "abort",
  "break_deadlock",
  "policy_change",
  "token_created",
  "token_revoked",
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** `ok`: done; `denied`: refused by access control (a failed login, a role, a rate limit); `failed`: tried, did not work. */
export const AuditOutcome = z.enum(["ok", "denied", "failed"]);
export type AuditOutcome = z.infer<typeof AuditOutcome>;

export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.number(),
  action: AuditAction,
  /** Who: a user or token name, or `anonymous`. */
  actor: z.string(),
  /** From where: the client address (behind a trusted proxy, the address it forwarded). */
  address: z.string(),
  outcome: AuditOutcome,
  /** The HTTP status the request was answered with. */
  status: z.number().int(),
  /** What it acted on: a session key, a run id, a token name. */
  target: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({ entries: z.array(AuditEntry), nextCursor: z.string().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(100),
  before: z.string().regex(/^\d+$/, "a cursor from a previous page's nextCursor").optional(),
  action: AuditAction.optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AUDIT_ACTION_WORD: Record<AuditAction, string> = {
  login: "sign in",
  logout: "sign out",
  send: "send",
  create_session: "create session",
  abort: "abort",
  break_deadlock: "break deadlock",
  policy_change: "policy change",
  token_created: "token created",
  token_revoked: "token revoked",
};
