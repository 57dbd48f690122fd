import { errorMessage } from "@/lib/errors";
import type { Hop } from "@/lib/hops";
import type { HandoffPolicies, PolicyNote } from "@/lib/policies";
import type { TimelineEvent } from "@/lib/timeline";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import { guardViolation, noteText } from "./note-text";

const MAX_TRIES = 3;
const BACKOFF_MS = 500;

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
}

/**
 * Switchboard's handoff policies, applied from outside the gateway: per hop, in order, the
 * loop guard, then the acknowledgement, then the confirmation — each at most once, also
 * across restarts (notes are stored), retried with backoff, and never silently dropped.
 */
export function createPolicyEngine(deps: Deps) {
  const { policies } = deps;
  const queues = new Map<string, Promise<void>>();
  const relayedAt = new Map<string, number>();

  async function perform(
    hop: Hop,
    action: PolicyNote["action"],
    work: () => Promise<string | null>,
  ): Promise<void> {
    const notes = await deps.store.getPolicyNotes(hop.hopId);
    const earlier = notes.find((n) => n.action === action);
    if (earlier && (earlier.status === "done" || earlier.tries >= MAX_TRIES)) return;
    for (let tries = (earlier?.tries ?? 0) + 1; tries <= MAX_TRIES; tries++) {
      let note: PolicyNote;
      try {
        note = { action, status: "done", tries, at: Date.now(), detail: await work() };
      } catch (error) {
        note = {
          action,
          status: tries < MAX_TRIES ? "pending" : "failed",
          tries,
          at: Date.now(),
          detail: errorMessage(error),
        };
      }
      await deps.store.savePolicyNote(hop.hopId, note);
      deps.annotate(hop.hopId, await deps.store.getPolicyNotes(hop.hopId));
      if (note.status !== "pending") return;
      await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** (tries - 1)));
    }
  }

  function gateway(): GatewayOperations {
    const ops = deps.operations();
    if (!ops) throw new Error("not connected to the gateway");
    return ops;
  }

  /** Posts a note where the policies say: the transcript, or the session's chat channel. */
  async function deliver(sessionKey: string | null, text: string, key: string): Promise<string> {
    if (!sessionKey) throw new Error("the hop has no known target session");
    if (policies.deliverTo === "transcript") {
      await gateway().injectNote(sessionKey, text);
      return `posted to the transcript of ${sessionKey}`;
    }
    const route = await gateway().channelRoute(sessionKey);
    if (!route) throw new Error(`no chat channel is known for ${sessionKey} (deliverTo: channel)`);
    await gateway().sendToChannel(sessionKey, route, text, key);
    return `sent to ${route.channel} ${route.to}${route.threadId ? ` thread ${route.threadId}` : ""}`;
  }

  async function apply(hop: Hop): Promise<void> {
    if (policies.loopGuard === "abort") {
      const violation = guardViolation(hop, deps.sessionPath(hop), policies.maxHandoffDepth);
      if (violation) {
        await perform(hop, "loop_guard", async () => {
          await gateway().abortRun(hop.callerSessionKey, hop.callerRunId);
          return `aborted the calling run: ${violation}`;
        });
      }
    }
    if (hop.timestamps.deliveredAt === null || hop.state === "rejected") return;
    const ack = policies.autoAcknowledge;
    if (ack?.enabled)
      await perform(hop, "acknowledge", () =>
        deliver(hop.targetSessionKey, noteText(ack.template, hop), `${hop.hopId}:ack`),
      );
    const confirm = policies.deliveryConfirmation;
    if (confirm?.enabled)
      await perform(hop, "confirm", () =>
        deliver(hop.callerSessionKey, noteText(confirm.template, hop), `${hop.hopId}:confirm`),
      );
  }

  return {
    hops(hops: Hop[]): void {
      for (const hop of hops) {
        const next = (queues.get(hop.hopId) ?? Promise.resolve())
          .then(() => apply(hop))
          .catch((e: unknown) => deps.log(`policy for ${hop.hopId}: ${errorMessage(e)}`));
        queues.set(hop.hopId, next);
      }
    },
    /** progressRelay: a target's tool starts, forwarded to the caller session, rate-limited per hop. */
    events(events: TimelineEvent[]): void {
      if (!policies.progressRelay.enabled) return;
      for (const e of events) {
        if (e.kind !== "tool" || e.phase !== "start") continue;
        const hop = deps.hopInto(e.runId);
        if (!hop || hop.timestamps.endedAt !== null) continue;
        const now = Date.now();
        if (now - (relayedAt.get(hop.hopId) ?? 0) < policies.progressRelay.minIntervalMs) continue;
        relayedAt.set(hop.hopId, now);
        deliver(
          hop.callerSessionKey,
          `[progress] ${hop.targetSessionKey}: ${e.name} started`,
          `${hop.hopId}:progress:${e.cursor}`,
        ).catch((error: unknown) => deps.log(`progress relay for ${hop.hopId}: ${errorMessage(error)}`));
      }
    },
  };
}
