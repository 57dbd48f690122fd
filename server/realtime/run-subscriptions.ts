import type { TimelineEvent } from "@/lib/timeline";
import type { HubSocket, Replay } from "./hub";

const REPLAY_PAGE = 500;

interface Subscriber {
  socket: HubSocket;
  /** Every event up to this cursor has been sent to this socket. */
  sentUpTo: number;
  /** Live events that arrived while the stored ones were still being replayed. */
  pending: TimelineEvent[] | null;
}

/**
 * Per-run subscribers with the replay-then-live handover: while a socket is replaying
 * stored events, live ones wait in `pending`; afterwards only cursors above `sentUpTo` are
 * sent. So a socket gets every event once, in cursor order, wherever it resumed from.
 */
export function createRunSubscriptions(deps: { replay: Replay; log: (line: string) => void }) {
  const byRun = new Map<string, Map<string, Subscriber>>();

  function send(sub: Subscriber, runId: string, events: TimelineEvent[], replay: boolean): void {
    const fresh = events.filter((e) => e.cursor > sub.sentUpTo);
    if (fresh.length === 0) return;
    sub.sentUpTo = fresh[fresh.length - 1]!.cursor;
    sub.socket.emit("timeline:appended", { runId, events: fresh, replay });
  }

  async function replayInto(sub: Subscriber, runId: string): Promise<void> {
    for (;;) {
      const page = await deps.replay(runId, sub.sentUpTo, REPLAY_PAGE);
      send(sub, runId, page.events, true);
      if (page.nextAfter === null) return;
    }
  }

  return {
    async subscribe(socket: HubSocket, runId: string, after: number): Promise<void> {
      const subs = byRun.get(runId) ?? new Map<string, Subscriber>();
      byRun.set(runId, subs);
      const sub: Subscriber = { socket, sentUpTo: after, pending: [] };
      subs.set(socket.id, sub);
      try {
        await replayInto(sub, runId);
      } finally {
        const waiting = sub.pending ?? [];
        sub.pending = null;
        send(sub, runId, waiting, false);
      }
    },
    unsubscribe(socketId: string, runId: unknown): void {
      if (typeof runId !== "string") return;
      byRun.get(runId)?.delete(socketId);
      if (byRun.get(runId)?.size === 0) byRun.delete(runId);
    },
    dropSocket(socketId: string): void {
      for (const [runId, subs] of byRun) {
        subs.delete(socketId);
        if (subs.size === 0) byRun.delete(runId);
      }
    },
    publish(events: TimelineEvent[]): void {
      for (const [runId, runEvents] of groupByRun(events)) {
        for (const sub of byRun.get(runId)?.values() ?? []) {
          if (sub.pending) sub.pending.push(...runEvents);
          else send(sub, runId, runEvents, false);
        }
      }
    },
  };
}

function groupByRun(events: TimelineEvent[]): Map<string, TimelineEvent[]> {
  const groups = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const group = groups.get(event.runId) ?? [];
    group.push(event);
    groups.set(event.runId, group);
  }
  return groups;
}
