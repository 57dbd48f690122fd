import { errorMessage } from "@/lib/errors";
import type { Hop } from "@/lib/hops";
import type { HandoffPolicies, NotePreview, PolicyNote, PolicyNoteConfig } from "@/lib/policies";
import { renderTemplate } from "@/lib/policy-template";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import { deliverNote } from "./delivery";
import { dispositionOf, guardViolation, noteText, templateValues, type NoteContext } from "./note-text";
import { createOutbox, type Intent } from "./outbox";
import { createProgressRelay } from "./progress-relay";
import { policyFor, type EffectivePolicy, type SessionNames } from "./rules";

type NoteAction = "acknowledge" | "confirm";

/** The notes a policy posts, in order: the acknowledgement, then the confirmation. */
function notesOf(
  policy: Pick<HandoffPolicies, "autoAcknowledge" | "deliveryConfirmation">,
): [NoteAction, PolicyNoteConfig][] {
  const notes: [NoteAction, PolicyNoteConfig][] = [];
  if (policy.autoAcknowledge?.enabled) notes.push(["acknowledge", policy.autoAcknowledge]);
  if (policy.deliveryConfirmation?.enabled) notes.push(["confirm", policy.deliveryConfirmation]);
  return notes;
}

interface Deps {
  policies: HandoffPolicies;
  store: Store;
  operations: () => GatewayOperations | null;
  /** The sessions on the path from the chain's root to the hop's caller. */
  sessionPath: (hop: Hop) => string[];
  hopInto: (runId: string) => Hop | null;
  /** Shows the notes on the hop (re-published to browsers). */
  annotate: (hopId: string, notes: PolicyNote[]) => void;
  log: (line: string) => void;
  /** Tests only: after posting this note, hold a minute before saving it (to crash in between). */
  holdAfterPost?: "acknowledge" | "confirm" | null;
}

/**
 * Switchboard's handoff policies, applied from outside the gateway: per hop, in order, the
 * loop guard, then the acknowledgement once the target accepts the message (also when it
 * queues it), then the confirmation to the sender with the disposition — each exactly once
 * through the outbox (outbox.ts), also across crashes and restarts.
 */
export function createPolicyEngine(deps: Deps) {
  const queues = new Map<string, Promise<void>>();

  function gateway(): GatewayOperations {
    const ops = deps.operations();
    if (!ops) throw new Error("not connected to the gateway");
    return ops;
  }

  const outbox = createOutbox({
    store: deps.store,
    annotate: deps.annotate,
    alreadyPosted: (key, text, since) => gateway().transcriptHasNote(key, text, since),
    afterPost: async (hopId, action) => {
      if (action !== deps.holdAfterPost) return;
      deps.log(`note posted: ${hopId} ${action}; holding before saving`);
      await new Promise((r) => setTimeout(r, 60_000));
    },
  });

  async function namesOf(
    keys: (string | null)[],
  ): Promise<Map<string, SessionNames & { name: string | null }>> {
    const found = new Map<string, SessionNames & { name: string | null }>();
    for (const key of keys) {
      if (!key) continue;
      const s = await deps.store.getSession(key);
      found.set(key, { label: s?.label ?? null, name: s?.label ?? s?.displayName ?? null });
    }
    return found;
  }

  async function contextOf(hop: Hop, names: Map<string, { name: string | null }>): Promise<NoteContext> {
    const ops = deps.operations();
    const route = hop.targetSessionKey && ops ? await ops.channelRoute(hop.targetSessionKey) : null;
    return {
      senderName: names.get(hop.callerSessionKey)?.name ?? null,
      incomingTopic: route?.threadId ?? null,
    };
  }

  async function post(
    hop: Hop,
    action: NoteAction,
    note: PolicyNoteConfig,
    policy: EffectivePolicy,
    intent: () => Promise<Intent & { topic: string }>,
  ): Promise<void> {
    let topic = "";
    await outbox.post(
      hop.hopId,
      action,
      async () => {
        const chosen = await intent();
        topic = chosen.topic;
        return chosen;
      },
      async (chosen) =>
        (
          await deliverNote(gateway(), note, policy.deliverTo, {
            ...chosen,
            topic,
            idempotencyKey: `switchboard:${hop.hopId}:${action}`,
          })
        ).detail,
    );
  }

  async function apply(hop: Hop): Promise<void> {
    const names = await namesOf([hop.callerSessionKey, hop.targetSessionKey]);
    const policy = policyFor(deps.policies, hop, (key) => names.get(key) ?? null);
    if (policy.loopGuard === "abort") {
      const violation = guardViolation(hop, deps.sessionPath(hop), policy.maxHandoffDepth);
      if (violation) {
        await outbox.post(
          hop.hopId,
          "loop_guard",
          async () => ({ text: violation, sessionKey: hop.callerSessionKey, disposition: null }),
          async () => {
            await gateway().abortRun(hop.callerSessionKey, hop.callerRunId);
            return `aborted the calling run: ${violation}`;
          },
        );
      }
    }
    const acceptedAt = hop.timestamps.acceptedAt ?? hop.timestamps.deliveredAt;
    if (acceptedAt === null || hop.state === "rejected" || !hop.targetSessionKey) return;
    for (const [action, note] of notesOf(policy)) {
      await post(hop, action, note, policy, async () => {
        const intent = await intentFor(hop, action, note, names);
        for (const warning of intent.warnings) deps.log(`policy for ${hop.hopId}: ${warning}`);
        return intent;
      });
    }
  }

  /** The note for (hop, action), filled in exactly as it will be posted, with what it had to leave empty. */
  async function intentFor(
    hop: Hop,
    action: NoteAction,
    note: PolicyNoteConfig,
    names: Map<string, { name: string | null }>,
  ): Promise<Intent & { topic: string; warnings: string[] }> {
    const context = await contextOf(hop, names);
    const { text, warnings } = noteText(note.template, hop, context);
    const topic = note.topic ? noteText(note.topic, hop, context) : { text: "", warnings: [] };
    const values = templateValues(hop, context);
    return {
      text,
      warnings: [...new Set([...warnings, ...topic.warnings])],
      sessionKey:
        action === "acknowledge"
          ? (hop.targetSessionKey ?? "")
          : renderTemplate(note.toSession ?? "{sender_session}", values).trim(),
      disposition: dispositionOf(hop),
      topic: topic.text,
    };
  }

  const relay = createProgressRelay({
    policies: (hop) => policyFor(deps.policies, hop, () => null).progressRelay,
    hopInto: deps.hopInto,
    store: deps.store,
    annotate: deps.annotate,
    post: (sessionKey, text) => gateway().injectNote(sessionKey, text),
    log: deps.log,
  });

  return {
    hops(hops: Hop[]): void {
      for (const hop of hops) {
        const next = (queues.get(hop.hopId) ?? Promise.resolve())
          .then(() => apply(hop))
          .catch((e: unknown) => deps.log(`policy for ${hop.hopId}: ${errorMessage(e)}`));
        queues.set(hop.hopId, next);
      }
      relay.hops(hops);
    },
    events: relay.events,
    /**
     * Each note `policies` would post for `hop`, rendered exactly as it would be posted (the
     * Settings preview, also for policies not saved yet).
     */
    async preview(hop: Hop, policies: HandoffPolicies = deps.policies): Promise<NotePreview[]> {
      const names = await namesOf([hop.callerSessionKey, hop.targetSessionKey]);
      const policy = policyFor(policies, hop, (key) => names.get(key) ?? null);
      const previews: NotePreview[] = [];
      for (const [action, note] of notesOf(policy)) {
        const { text, sessionKey, warnings } = await intentFor(hop, action, note, names);
        previews.push({ action, text, sessionKey, warnings, rule: policy.rule });
      }
      return previews;
    },
  };
}
