import type { ServerResponse } from "node:http";
import type { Hop } from "@/lib/hops";
import type { ProgressKind } from "@/lib/progress";
import type { TimelineEvent } from "@/lib/timeline";
import type { Replay } from "./hub";

interface SessionStreamOptions {
  kinds: ProgressKind[];
  followHops: boolean;
  /** End the stream (an `end` event) after this many seconds; null: until the client leaves. */
  timeoutSeconds: number | null;
}

interface Follower {
  events(e: TimelineEvent[]): void;
  hops(h: Hop[]): void;
}

/**
 * Option C for scripts: every run of one session, the ones to come included, filtered on the
 * server by event kind; with `follow=hops`, also the runs it hands work to (and theirs), their
 * earlier events replayed when the hop links. Each event is sent once, its SSE id its cursor.
 */
export function createSessionStreams(deps: { replay: Replay }) {
  const followers = new Set<Follower>();

  function open(res: ServerResponse, sessionKey: string, options: SessionStreamOptions): void {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    const followed = new Set<string>();
    const sent = new Set<number>();
    const write = (events: readonly TimelineEvent[]) => {
      for (const e of [...events].sort((a, b) => a.cursor - b.cursor)) {
        if (e.sessionKey === sessionKey) followed.add(e.runId);
        if (!followed.has(e.runId) || sent.has(e.cursor)) continue;
        sent.add(e.cursor);
        if (options.kinds.includes(e.kind as ProgressKind))
          res.write(`id: ${e.cursor}\nevent: ${e.kind}\ndata: ${JSON.stringify(e)}\n\n`);
      }
    };
    /** A run handed work: follow its target, with what it did before the hop linked. */
    const follow = async (runId: string) => {
      if (followed.has(runId)) return;
      followed.add(runId);
      for (let after = 0, page; ; after = page.nextAfter) {
        page = await deps.replay(runId, after, 500);
        write(page.events);
        if (page.nextAfter === null) break;
      }
    };
    const follower: Follower = {
      events: write,
      hops: (hops) => {
        if (!options.followHops) return;
        for (const hop of hops)
          if (followed.has(hop.callerRunId) && hop.targetRunId) void follow(hop.targetRunId);
      },
    };
    followers.add(follower);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
    const timer = options.timeoutSeconds
      ? setTimeout(
          () => res.end(`event: end\ndata: ${JSON.stringify({ runIds: [...followed] })}\n\n`),
          options.timeoutSeconds * 1000,
        )
      : undefined;
    res.on("close", () => {
      followers.delete(follower);
      clearInterval(heartbeat);
      clearTimeout(timer);
    });
  }

  return {
    open,
    events: (e: TimelineEvent[]) => followers.forEach((f) => f.events(e)),
    hops: (h: Hop[]) => followers.forEach((f) => f.hops(h)),
  };
}

export type SessionStreams = ReturnType<typeof createSessionStreams>;
