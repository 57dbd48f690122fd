import { z } from "zod";
import { ConfiguredUser } from "./auth";

/** The placeholders a template may use; anything else in braces is a config error. */
export const TEMPLATE_PLACEHOLDERS = [
  "sender",
  "sender_session",
  "target_session",
  "run_id",
  "depth",
  "timestamp",
] as const;

const Template = z
  .string()
  .min(1)
  .superRefine((template, ctx) => {
    for (const [, name] of template.matchAll(/\{([^}]*)\}/g)) {
      if (!(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name ?? "")) {
        ctx.addIssue({
          code: "custom",
          message: `unknown placeholder {${name}}; use ${TEMPLATE_PLACEHOLDERS.map((p) => `{${p}}`).join(", ")}`,
        });
      }
    }
  });

const Note = z.strictObject({ enabled: z.boolean().default(true), template: Template });

/** `switchboard.config.json` → `handoffPolicies`: what Switchboard does around each hop. */
export const HandoffPolicies = z.strictObject({
  /** A visible note in the target session when a hop is delivered. */
  autoAcknowledge: Note.optional(),
  /** A visible note in the caller session once the target has the message. */
  deliveryConfirmation: Note.optional(),
  maxHandoffDepth: z.number().int().min(1).max(50).default(5),
  /** `abort`: abort the run that would close a cycle or pass the depth limit. */
  loopGuard: z.enum(["alert", "abort"]).default("alert"),
  /** Forward the target's tool starts into the caller session, at most one per interval. */
  progressRelay: z
    .strictObject({
      enabled: z.boolean().default(false),
      minIntervalMs: z.number().int().min(1000).default(5000),
    })
    .default({ enabled: false, minIntervalMs: 5000 }),
  /** `transcript`: a note in the session; `channel`: the session's last chat channel and thread. */
  deliverTo: z.enum(["transcript", "channel"]).default("transcript"),
});
export type HandoffPolicies = z.infer<typeof HandoffPolicies>;

export const SwitchboardFile = z.strictObject({
  $schema: z.string().optional(),
  handoffPolicies: HandoffPolicies.default(HandoffPolicies.parse({})),
  /** Who may sign in, with which role (docs: README, "Users and roles"). */
  users: z
    .array(ConfiguredUser)
    .default([])
    .refine((users) => new Set(users.map((u) => u.name)).size === users.length, "each user name once"),
});
export type SwitchboardFile = z.infer<typeof SwitchboardFile>;

/** What Switchboard did (or failed to do) for a hop under a policy; shown on the hop. */
export const PolicyNote = z.object({
  action: z.enum(["acknowledge", "confirm", "loop_guard", "progress"]),
  status: z.enum(["pending", "done", "failed"]),
  tries: z.number().int().nonnegative(),
  at: z.number(),
  detail: z.string().nullable(),
});
export type PolicyNote = z.infer<typeof PolicyNote>;

/** `GET /api/policies`: the policies in force (read-only in the UI) and whether the token can apply them. */
export const PoliciesResponse = z.object({
  source: z.string().nullable(),
  policies: HandoffPolicies,
  /** Null when it is fine; else why notes cannot be posted (e.g. the token lacks operator.admin). */
  warning: z.string().nullable(),
});
export type PoliciesResponse = z.infer<typeof PoliciesResponse>;

/** Fills a template's placeholders; the values are plain text. */
export function renderTemplate(
  template: string,
  values: Record<(typeof TEMPLATE_PLACEHOLDERS)[number], string>,
): string {
  return template.replace(/\{([^}]*)\}/g, (whole, name: string) =>
    name in values ? values[name as keyof typeof values] : whole,
  );
}
