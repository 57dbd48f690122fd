import { errorMessage } from "@/lib/errors";
import type { Hop } from "@/lib/hops";
import type { HandoffPolicies, PolicyNote, PolicyNoteConfig } from "@/lib/policies";
import { renderTemplate } from "@/lib/policy-template";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import { deliverNote } from "./delivery";
import { dispositionOf, guardViolation, noteText, templateValues, type NoteContext } from "./note-text";
import { createOutbox, type Intent } from "./outbox";
import { createProgressRelay } from "./progress-relay";
import { policyFor, type EffectivePolicy, type SessionNames } from "./rules";

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
    const route = hop.targetSessionKey ? await gateway().channelRoute(hop.targetSessionKey) : null;
    return {
      senderName: names.get(hop.callerSessionKey)?.name ?? null,
      incomingTopic: route?.threadId ?? null,
    };
  }

  async function post(
    hop: Hop,
    action: "acknowledge" | "confirm",
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
    const target = hop.targetSessionKey;
    const filled = async (template: string) => {
      const { text, warnings } = noteText(template, hop, await contextOf(hop, names));
      for (const warning of warnings) deps.log(`policy for ${hop.hopId}: ${warning}`);
      return text;
    };
    const topicOf = async (note: PolicyNoteConfig) =>
      note.topic ? renderTemplate(note.topic, templateValues(hop, await contextOf(hop, names))) : "";
    const ack = policy.autoAcknowledge;
    if (ack?.enabled) {
      await post(hop, "acknowledge", ack, policy, async () => ({
        text: await filled(ack.template),
        sessionKey: target,
        disposition: dispositionOf(hop),
        topic: await topicOf(ack),
      }));
    }
    const confirm = policy.deliveryConfirmation;
    if (confirm?.enabled) {
      await post(hop, "confirm", confirm, policy, async () => ({
        text: await filled(confirm.template),
        sessionKey: (await filled(confirm.toSession ?? "{sender_session}")).trim(),
        disposition: dispositionOf(hop),
        topic: await topicOf(confirm),
      }));
    }
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
  };
}
