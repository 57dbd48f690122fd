import { z } from "zod";
import { ConfiguredUser } from "./auth";
import { OptionalTemplate, Template } from "./policy-template";
import { Hooks, notesFromHook } from "./session-receive";

/** One note around a hop, and where it goes. */
const Note = z.strictObject({
  enabled: z.boolean().default(true),
  template: Template,
  /** Left out: `deliverTo`. null: the transcript. `last`: the session's last chat route (the transcript when it has none). Else a channel name. */
  channel: z.string().min(1).nullable().optional(),
  /** The thread or topic id to post in, a template (e.g. `{incoming_topic}`); empty: none. */
  topic: OptionalTemplate.nullable().optional(),
  /** The confirmation's session, a template; the sender's when left out. */
  toSession: Template.optional(),
});
export type PolicyNoteConfig = z.infer<typeof Note>;

const Relay = z.strictObject({
  enabled: z.boolean().default(false),
  minIntervalMs: z.number().int().min(1000).default(5000),
});

/** Which sessions a rule is for: every field given must match (globs: `*` within a key). */
const SessionMatch = z
  .strictObject({
    key: z.string().min(1).optional(),
    agent: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
  })
  .refine((m) => m.key || m.agent || m.label, "give key, agent or label");
export type SessionMatch = z.infer<typeof SessionMatch>;

/** What a rule may set; what it leaves out comes from the default (the top level). */
const RuleBody = {
  autoAcknowledge: Note.optional(),
  deliveryConfirmation: Note.optional(),
  progressRelay: Relay.optional(),
  maxHandoffDepth: z.number().int().min(1).max(50).optional(),
  loopGuard: z.enum(["alert", "abort"]).optional(),
};

const Rule = z
  .strictObject({
    name: z.string().min(1).optional(),
    target: SessionMatch.optional(),
    sender: SessionMatch.optional(),
    ...RuleBody,
  })
  .refine((r) => r.target || r.sender, "a rule matches on target, sender or both");
export type PolicyRule = z.infer<typeof Rule>;

/** `switchboard.config.json` → `handoffPolicies`: what Switchboard does around each hop. */
export const HandoffPolicies = z.strictObject({
  /** A visible note in the target session when it accepts a hop (also when it queues it). */
  autoAcknowledge: Note.optional(),
  /** A visible note in the sender's session after the acknowledgement, with the disposition. */
  deliveryConfirmation: Note.optional(),
  maxHandoffDepth: z.number().int().min(1).max(50).default(5),
  /** `abort`: abort the run that would close a cycle or pass the depth limit. */
  loopGuard: z.enum(["alert", "abort"]).default("alert"),
  /** Relay the target's progress into the caller session, combined per interval. */
  progressRelay: Relay.default({ enabled: false, minIntervalMs: 5000 }),
  /** Where notes go when they name no channel: the transcript, or the session's last chat route. */
  deliverTo: z.enum(["transcript", "channel"]).default("transcript"),
  /** Scoped rules: the first whose target/sender matches the hop applies, the rest above to the others. */
  rules: z.array(Rule).default([]),
});
export type HandoffPolicies = z.infer<typeof HandoffPolicies>;

const FileShape = z.strictObject({
  $schema: z.string().optional(),
  handoffPolicies: z.record(z.string(), z.unknown()).default({}),
  /** The users' own form of the acknowledgement and confirmation (session-receive.ts). */
  hooks: Hooks.optional(),
  users: z.array(z.unknown()).default([]),
});

/** The file: `hooks.sessionReceive` and `handoffPolicies` read into one model; a note set in both is refused. */
export const SwitchboardFile = FileShape.transform((file, ctx): unknown => {
  const fromHook = file.hooks?.sessionReceive ? notesFromHook(file.hooks.sessionReceive) : {};
  for (const name of Object.keys(fromHook)) {
    if (name in file.handoffPolicies) {
      ctx.addIssue({
        code: "custom",
        path: ["hooks", "sessionReceive", name],
        message: `also set as handoffPolicies.${name}: set it in one place`,
      });
      return z.NEVER;
    }
  }
  return { handoffPolicies: { ...file.handoffPolicies, ...fromHook }, users: file.users };
}).pipe(
  z.strictObject({
    handoffPolicies: HandoffPolicies,
    /** Who may sign in, with which role (docs: README, "Users and roles"). */
    users: z
      .array(ConfiguredUser)
      .refine((users) => new Set(users.map((u) => u.name)).size === users.length, "each user name once"),
  }),
);

/** What Switchboard did (or failed to do) for a hop under a policy; shown on the hop. */
export const PolicyNote = z.object({
  action: z.enum(["acknowledge", "confirm", "loop_guard", "progress"]),
  /** `pending` with `text`: the post may have happened (checked in the transcript before a retry). */
  status: z.enum(["pending", "done", "failed"]),
  tries: z.number().int().nonnegative(),
  at: z.number(),
  detail: z.string().nullable(),
  /** The note as posted (or to be posted), and the session it went to: the outbox entry. */
  text: z.string().nullable().optional(),
  sessionKey: z.string().nullable().optional(),
  /** Confirmations: how the target took the message (delivered, queued, steered). */
  disposition: z.string().nullable().optional(),
});
export type PolicyNote = z.infer<typeof PolicyNote>;

/** A note as the policies would post it for a real hop: text, session, and what had to stay empty. */
export const NotePreview = z.object({
  action: z.enum(["acknowledge", "confirm"]),
  text: z.string(),
  sessionKey: z.string(),
  warnings: z.array(z.string()),
  /** The scoped rule that applied; null: the default. */
  rule: z.string().nullable(),
});
export type NotePreview = z.infer<typeof NotePreview>;

/** The notes for the most recent hop, as they would be posted; null before there is any hop. */
export const PolicyPreview = z
  .object({ hopId: z.string(), route: z.string(), notes: z.array(NotePreview) })
  .nullable();
export type PolicyPreview = z.infer<typeof PolicyPreview>;

/** `GET /api/policies`: the policies in force and whether the token can apply them. */
export const PoliciesResponse = z.object({
  source: z.string().nullable(),
  policies: HandoffPolicies,
  /** Null when it is fine; else why notes cannot be posted (e.g. the token lacks operator.admin). */
  warning: z.string().nullable(),
  preview: PolicyPreview.default(null),
});
export type PoliciesResponse = z.infer<typeof PoliciesResponse>;
