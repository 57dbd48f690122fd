import { z } from "zod";
import { OptionalTemplate, Template } from "./policy-template";

/**
 * `hooks.sessionReceive`: the hook exactly as OpenClaw users wrote it when they asked for
 * one. Switchboard reads it into the same model as `handoffPolicies` (see policies.ts).
 */
export const SessionReceiveHook = z.strictObject({
  autoAcknowledge: z
    .strictObject({
      enabled: z.boolean().default(true),
      message: Template,
      /** `last`: the session's last chat route; a channel name; null: the transcript. */
      channel: z.string().min(1).nullable().optional(),
      topic_id: OptionalTemplate.nullable().optional(),
    })
    .optional(),
  deliveryConfirmation: z
    .strictObject({
      enabled: z.boolean().default(true),
      confirm_to_session: Template.default("{sender_session}"),
      confirm_message: Template,
      channel: z.string().min(1).nullable().optional(),
      topic_id: OptionalTemplate.nullable().optional(),
    })
    .optional(),
});
export type SessionReceiveHook = z.infer<typeof SessionReceiveHook>;

export const Hooks = z.strictObject({ sessionReceive: SessionReceiveHook.optional() });

type NoteInput = {
  enabled: boolean;
  template: string;
  channel?: string | null;
  topic?: string | null;
  toSession?: string;
};

/** The users' hook in the words of `handoffPolicies`; fields left out stay out. */
export function notesFromHook(hook: SessionReceiveHook): {
  autoAcknowledge?: NoteInput;
  deliveryConfirmation?: NoteInput;
} {
  const ack = hook.autoAcknowledge;
  const confirm = hook.deliveryConfirmation;
  return {
    ...(ack && {
      autoAcknowledge: {
        enabled: ack.enabled,
        template: ack.message,
        ...(ack.channel !== undefined && { channel: ack.channel }),
        ...(ack.topic_id !== undefined && { topic: ack.topic_id }),
      },
    }),
    ...(confirm && {
      deliveryConfirmation: {
        enabled: confirm.enabled,
        template: confirm.confirm_message,
        toSession: confirm.confirm_to_session,
        ...(confirm.channel !== undefined && { channel: confirm.channel }),
        ...(confirm.topic_id !== undefined && { topic: confirm.topic_id }),
      },
    }),
  };
}
