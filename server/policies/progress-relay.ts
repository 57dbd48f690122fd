import { errorMessage } from "@/lib/errors";
import type { Hop } from "@/lib/hops";
import type { HandoffPolicies, PolicyNote } from "@/lib/policies";
import type { TimelineEvent } from "@/lib/timeline";
import type { Store } from "../store/store";
import { progressNote, type ProgressItem } from "./progress-summary";

const MAX_TRIES = 3;
const BACKOFF_MS = 500;
/** The hop shows this many of the latest relays. */
const SHOWN = 10;

interface Deps {
  policies: (hop: Hop) => HandoffPolicies["progressRelay"];
  hopInto: (runId: string) => Hop | null;
  store: Pick<Store, "savePolicyNote" | "getPolicyNotes">;
  annotate: (hopId: string, notes: PolicyNote[]) => void;
  post: (sessionKey: string, text: string) => Promise<void>;
  log: (line: string) => void;
}

interface Relay {
  hop: Hop;
  items: ProgressItem[];
  started: Map<string, number>;
  /** The first assistant text goes out once. */
  textSent: boolean;
  lastSentAt: number;
  timer: NodeJS.Timeout | null;
  sending: Promise<void>;
  relayed: string[];
  ended: boolean;
}

/**
 * Option A: the target's progress, relayed into the caller's session. Everything inside one
 * interval becomes one note, nothing is dropped, a failed post is retried (its items go back
 * for the next note), the target's end sends a final note, and each relay is recorded on the hop.
 */
export function createProgressRelay(deps: Deps) {
  const relays = new Map<string, Relay>();
  const seenHops = new Set<string>();

  /** The relay for the hop whose target run this is, when that hop relays. */
  function relayOf(runId: string): Relay | null {
    const hop = deps.hopInto(runId);
    if (!hop || hop.targetRunId !== runId || !deps.policies(hop).enabled) return null;
    let relay = relays.get(hop.hopId);
    if (!relay) {
      relay = {
        hop,
        items: [],
        started: new Map(),
        textSent: false,
        lastSentAt: 0,
        timer: null,
        sending: Promise.resolve(),
        relayed: [],
        ended: false,
      };
      relays.set(hop.hopId, relay);
    }
    return relay;
  }

  async function record(relay: Relay, status: PolicyNote["status"], detail: string): Promise<void> {
    const note: PolicyNote = {
      action: "progress",
      status,
      tries: relay.relayed.length,
      at: Date.now(),
      detail,
    };
    await deps.store.savePolicyNote(relay.hop.hopId, note);
    deps.annotate(relay.hop.hopId, await deps.store.getPolicyNotes(relay.hop.hopId));
  }

  async function send(relay: Relay, items: ProgressItem[]): Promise<void> {
    const text = progressNote(relay.hop.targetSessionKey ?? "the target", items);
    if (!text) return;
    for (let tries = 1; tries <= MAX_TRIES; tries++) {
      try {
        await deps.post(relay.hop.callerSessionKey, text);
        relay.relayed.push(text);
        await record(relay, "done", relay.relayed.slice(-SHOWN).join("\n"));
        return;
      } catch (error) {
        deps.log(`progress relay for ${relay.hop.hopId}, try ${tries}: ${errorMessage(error)}`);
        if (tries === MAX_TRIES) {
          relay.items.unshift(...items);
          await record(
            relay,
            "pending",
            `not relayed yet (${errorMessage(error)}); retried with the next note`,
          );
          schedule(relay);
          return;
        }
        await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** (tries - 1)));
      }
    }
  }

  function flush(relay: Relay): void {
    if (relay.timer) clearTimeout(relay.timer);
    relay.timer = null;
    const items = relay.items.splice(0);
    if (items.some((i) => i.kind === "text")) relay.textSent = true;
    if (relay.ended) relays.delete(relay.hop.hopId);
    if (items.length === 0) return;
    relay.lastSentAt = Date.now();
    relay.sending = relay.sending.then(() => send(relay, items));
  }

  /** Sends now if the interval has passed since the last note, else once it has. */
  function schedule(relay: Relay): void {
    if (relay.timer) return;
    const wait = relay.lastSentAt + deps.policies(relay.hop).minIntervalMs - Date.now();
    if (wait <= 0 || relay.ended) return flush(relay);
    relay.timer = setTimeout(() => flush(relay), wait);
  }

  function take(relay: Relay, e: TimelineEvent): void {
    if (e.kind === "tool" && e.phase === "start") relay.started.set(e.toolCallId, e.ts);
    if (e.kind === "tool" && e.phase === "result") {
      const startedAt = relay.started.get(e.toolCallId);
      const error = e.isError ? "error" : null;
      relay.items.push({
        kind: "tool",
        name: e.name,
        ms: startedAt === undefined ? null : e.ts - startedAt,
        error,
      });
    }
    if (e.kind === "assistant" && e.text.trim() && !relay.textSent) {
      const first = relay.items.find((i) => i.kind === "text");
      if (first && first.kind === "text") first.text = e.text;
      else relay.items.push({ kind: "text", text: e.text });
    }
    if (e.kind === "lifecycle" && (e.phase === "end" || e.phase === "error")) {
      relay.ended = true;
      relay.items.push({ kind: "end", ok: e.phase === "end" && !e.aborted, error: e.error });
    }
  }

  return {
    events(events: TimelineEvent[]): void {
      const touched = new Set<Relay>();
      for (const e of events) {
        const relay = relayOf(e.runId);
        if (!relay) continue;
        take(relay, e);
        touched.add(relay);
      }
      for (const relay of touched) if (relay.items.length > 0) schedule(relay);
    },
    /** The target's own onward hops: a hop whose caller run is a relayed hop's target run. */
    hops(hops: Hop[]): void {
      for (const hop of hops) {
        if (seenHops.has(hop.hopId) || !hop.targetSessionKey) continue;
        const relay = relayOf(hop.callerRunId);
        if (!relay) continue;
        seenHops.add(hop.hopId);
        relay.items.push({ kind: "handoff", to: hop.targetSessionKey });
        schedule(relay);
      }
    },
  };
}
