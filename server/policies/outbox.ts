import { errorMessage } from "@/lib/errors";
import type { PolicyNote } from "@/lib/policies";
import type { Store } from "../store/store";

const MAX_TRIES = 3;
const BACKOFF_MS = 500;
/** The gateway's clock and ours may differ a little: a transcript row this much older still counts. */
const CLOCK_SLACK_MS = 2000;

export interface OutboxDeps {
  store: Pick<Store, "savePolicyNote" | "getPolicyNotes">;
  /** Shows the hop's notes (re-published to browsers). */
  annotate: (hopId: string, notes: PolicyNote[]) => void;
  /** Whether the note is already in the session's transcript (posted by an attempt whose outcome was lost). */
  alreadyPosted: (sessionKey: string, text: string, since: number) => Promise<boolean>;
  /** Called after a post and before it is marked done (tests hold here to crash in between). */
  afterPost?: (hopId: string, action: PolicyNote["action"]) => Promise<void>;
}

/** What to post; decided once, so a resumed note is the same text, to the same session. */
export interface Intent {
  text: string;
  sessionKey: string;
  disposition: string | null;
}

/**
 * The persisted outbox: a note's intent (text and session) is stored before the post and
 * marked done after it. A note left pending — a failed post, a lost reply, or a crash between
 * post and save — is checked in the transcript before it is posted again, so it lands once.
 */
export function createOutbox(deps: OutboxDeps) {
  async function save(hopId: string, note: PolicyNote): Promise<void> {
    await deps.store.savePolicyNote(hopId, note);
    deps.annotate(hopId, await deps.store.getPolicyNotes(hopId));
  }

  return {
    /** Posts the note for (hop, action) unless done; `intent` is asked only when there is none stored yet. */
    async post(
      hopId: string,
      action: PolicyNote["action"],
      intent: () => Promise<Intent>,
      deliver: (intent: Intent) => Promise<string>,
    ): Promise<void> {
      const earlier = (await deps.store.getPolicyNotes(hopId)).find((n) => n.action === action);
      if (earlier && (earlier.status === "done" || earlier.tries >= MAX_TRIES)) return;
      const stored = earlier?.text && earlier.sessionKey ? earlier : null;
      const chosen: Intent = stored
        ? { text: stored.text!, sessionKey: stored.sessionKey!, disposition: stored.disposition ?? null }
        : await intent();
      let uncertainSince = stored ? stored.at : null;
      for (let tries = (earlier?.tries ?? 0) + 1; tries <= MAX_TRIES; tries++) {
        const at = Date.now();
        const base = { action, tries, at, ...chosen };
        await save(hopId, { ...base, status: "pending", detail: "posting" });
        let note: PolicyNote;
        try {
          const found =
            uncertainSince !== null &&
            (await deps.alreadyPosted(chosen.sessionKey, chosen.text, uncertainSince - CLOCK_SLACK_MS));
          const detail = found
            ? `found in the transcript of ${chosen.sessionKey}: not posted again`
            : await deliver(chosen);
          if (!found) await deps.afterPost?.(hopId, action);
          note = { ...base, status: "done", detail };
        } catch (error) {
          const status = tries < MAX_TRIES ? "pending" : "failed";
          note = { ...base, status, detail: errorMessage(error) };
        }
        await save(hopId, note);
        if (note.status !== "pending") return;
        uncertainSince = at;
        await new Promise((r) => setTimeout(r, BACKOFF_MS * 2 ** (tries - 1)));
      }
    },
  };
}
