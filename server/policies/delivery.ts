import type { HandoffPolicies, PolicyNoteConfig } from "@/lib/policies";
import type { GatewayOperations } from "../gateway/operations";

/** Where one note goes and under which key a method that takes one dedupes it. */
export interface NotePost {
  sessionKey: string;
  text: string;
  /** The thread or topic to post in; empty: the route's own. */
  topic: string;
  idempotencyKey: string;
}

/** The note's `channel`, or the policies' `deliverTo` when it names none. */
function channelOf(note: PolicyNoteConfig, deliverTo: HandoffPolicies["deliverTo"]): string | null {
  if (note.channel !== undefined) return note.channel;
  return deliverTo === "channel" ? "required-last" : null;
}

/**
 * Posts a note where its config says: the transcript (chat.inject: no idempotency key, see
 * outbox.ts), or a chat route through `send` (with the key). `last` falls back to the
 * transcript for a session that never had a chat route (one only an operator talks to).
 * Returns what was done, in words, for the hop.
 */
export async function deliverNote(
  ops: GatewayOperations,
  note: PolicyNoteConfig,
  deliverTo: HandoffPolicies["deliverTo"],
  post: NotePost,
): Promise<{ detail: string; transcript: boolean }> {
  const channel = channelOf(note, deliverTo);
  if (channel === null) {
    await ops.injectNote(post.sessionKey, post.text);
    return { detail: `posted to the transcript of ${post.sessionKey}`, transcript: true };
  }
  const route = await ops.channelRoute(post.sessionKey);
  if (!route && channel === "last") {
    await ops.injectNote(post.sessionKey, post.text);
    return {
      detail: `posted to the transcript of ${post.sessionKey} (it has no last chat route)`,
      transcript: true,
    };
  }
  if (!route) throw new Error(`no chat route is known for ${post.sessionKey} (deliverTo: channel)`);
  const named = channel === "last" || channel === "required-last" ? route.channel : channel;
  if (named !== route.channel) throw new Error(`${post.sessionKey} has no recipient on ${named}`);
  const threadId = post.topic || route.threadId;
  await ops.sendToChannel(post.sessionKey, { ...route, threadId }, post.text, post.idempotencyKey);
  return {
    detail: `sent to ${route.channel} ${route.to}${threadId ? ` thread ${threadId}` : ""}`,
    transcript: false,
  };
}
