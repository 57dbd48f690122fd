import type { HandoffPolicies, PolicyNote, PolicyPreview } from "./policies";
import { renderTemplate } from "./policy-template";

/** The handoff policies and the notes they left on hops, in the words the screens use. Pure. */

export interface PolicyLine {
  name: string;
  /** Null for settings that are not switched on or off. */
  on: boolean | null;
  /** One line on what it does. */
  text: string;
  /** The note's template as configured, and how it reads: on the latest real hop when there is one (`on`), else with sample values. */
  template: { text: string; example: string; on: string | null; warnings: string[] } | null;
}

const SAMPLE = {
  sender: "agent:main:planner",
  sender_session: "agent:main:planner",
  target_session: "agent:main:researcher",
  run_id: "run-1234",
  depth: "1",
  timestamp: "2026-01-01T12:00:00Z",
  incoming_topic: "",
  queue: "",
  disposition: "delivered",
};

export function describePolicies(p: HandoffPolicies, preview: PolicyPreview = null): PolicyLine[] {
  const where = p.deliverTo === "channel" ? "the session's last chat channel and thread" : "the transcript";
  const example = (action: "acknowledge" | "confirm", template: string) => {
    const real = preview?.notes.find((n) => n.action === action);
    return real
      ? {
          text: template,
          example: real.text,
          on: `${preview!.route}, to ${real.sessionKey}`,
          warnings: real.warnings,
        }
      : { text: template, example: renderTemplate(template, SAMPLE), on: null, warnings: [] };
  };
  const note = (
    action: "acknowledge" | "confirm",
    enabled: boolean,
    template: string | undefined,
    what: string,
  ): Omit<PolicyLine, "name"> => {
    const on = enabled && template !== undefined;
    return {
      on,
      text: on ? `${what}, in ${where}.` : "Off.",
      template: template === undefined ? null : example(action, template),
    };
  };
  const relay = p.progressRelay;
  return [
    {
      name: "Acknowledge",
      ...note(
        "acknowledge",
        p.autoAcknowledge?.enabled ?? false,
        p.autoAcknowledge?.template,
        "When the target session accepts a hop (also when it queues it), a note in it",
      ),
    },
    {
      name: "Confirm delivery",
      ...note(
        "confirm",
        p.deliveryConfirmation?.enabled ?? false,
        p.deliveryConfirmation?.template,
        "After the acknowledgement, a note in the sender's session with how the target took it",
      ),
    },
    {
      name: "Depth limit",
      on: null,
      text: `A hop deeper than ${p.maxHandoffDepth} ${p.loopGuard === "abort" ? "aborts the run that makes it" : "raises an alert"}.`,
      template: null,
    },
    {
      name: "Loop guard",
      on: null,
      text:
        p.loopGuard === "abort"
          ? "A hop that closes a cycle of sessions aborts the run that makes it."
          : "A hop that closes a cycle of sessions raises an alert; nothing is stopped.",
      template: null,
    },
    {
      name: "Progress relay",
      on: relay.enabled,
      text: relay.enabled
        ? `The target's tools, first words, onward handoffs and end are relayed to the caller's session, combined into one note every ${relay.minIntervalMs / 1000} s.`
        : "Off.",
      template: null,
    },
    {
      name: "Notes go to",
      on: null,
      text:
        p.deliverTo === "channel"
          ? "The session's last chat channel and thread."
          : "The session's transcript (needs operator.admin).",
      template: null,
    },
  ];
}

export type NoteTone = "done" | "pending" | "failed";

export interface NoteView {
  tone: NoteTone;
  /** What happened: "acknowledged", "confirm failed". */
  text: string;
  /** Shorter, for a table: "ack" (the icon says done), "confirm failed". */
  short: string;
  /** Everything, for the hover text: status, tries, detail. */
  title: string;
  detail: string | null;
}

const NOTE_WORD: Record<PolicyNote["action"], { short: string; done: string }> = {
  acknowledge: { short: "ack", done: "acknowledged" },
  confirm: { short: "confirm", done: "confirmed" },
  loop_guard: { short: "loop guard", done: "loop guard applied" },
  progress: { short: "progress", done: "progress relayed" },
};

export function noteView(note: PolicyNote): NoteView {
  const word = NOTE_WORD[note.action];
  const tries = `${note.tries} ${note.tries === 1 ? "try" : "tries"}`;
  const done = note.status === "done";
  const short = done ? word.short : `${word.short} ${note.status}`;
  return {
    tone: note.status,
    text: done ? word.done : short,
    short,
    title: [`${word.short}: ${note.status} (${tries})`, note.detail].filter(Boolean).join("\n"),
    detail: note.detail,
  };
}
