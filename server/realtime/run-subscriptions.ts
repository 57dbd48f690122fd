import type { TimelineEvent } from "@/lib/timeline";
import { TIMELINE_TAIL } from "@/lib/timeline-window";
import type { HubServer, HubSocket, ReadWindow, Replay } from "./hub";
import { cutOffIfFlooded, whenDrained } from "./socket-buffer";

/** Events per replay page: the next page is read only once the socket has written this one. */
const REPLAY_PAGE = 500;
/** Runs one socket may follow at once (a browser shows a few; a flood would hold the server). */
const MAX_RUNS_PER_SOCKET = 50;
/** Live events held for a socket still replaying; past this they are dropped and replayed from the store. */
const MAX_PENDING = 5000;

/** The socket.io room of a run's live subscribers (those done replaying). */
const roomOf = (runId: string) => `run:${runId}`;

interface Subscriber {
  socket: HubSocket;
  /** Every event up to this cursor has been sent to this socket. */
  sentUpTo: number;
  /** Live events that arrived while the stored ones were still being replayed. */
  pending: TimelineEvent[] | null;
  /** Set when the socket subscribed to the run again, unsubscribed or left: its replay stops. */
  cancelled: boolean;
  /** `pending` overflowed: the replay goes on from the store past what was sent. */
  overflowed: boolean;
}

/**
 * Per-run subscribers with the replay-then-live handover: while a socket is replaying
 * stored events, live ones wait in `pending`; afterwards only cursors above `sentUpTo` are
 * sent. So a socket gets every event once, in cursor order, wherever it resumed from.
 * Replays go page by page at the pace the socket writes; a socket that stops reading is cut
 * off (socket-buffer.ts) rather than buffered without end. Live sockets of a run share a
 * socket.io room: a live batch is one broadcast, serialized once whatever the socket count.
 */
export function createRunSubscriptions(deps: {
  io: HubServer;
  replay: Replay;
  readWindow: ReadWindow;
  log: (line: string) => void;
}) {
  const byRun = new Map<string, Map<string, Subscriber>>();
  const countBySocket = new Map<string, number>();

  function send(sub: Subscriber, runId: string, events: TimelineEvent[], replay: boolean): void {
    const fresh = events.filter((e) => e.cursor > sub.sentUpTo);
    if (fresh.length === 0 || sub.cancelled) return;
    sub.sentUpTo = fresh[fresh.length - 1]!.cursor;
    sub.socket.emit("timeline:appended", { runId, events: fresh, replay });
    if (cutOffIfFlooded(sub.socket, deps.log)) sub.cancelled = true;
  }

  async function replayInto(sub: Subscriber, runId: string): Promise<void> {
    for (;;) {
      await whenDrained(sub.socket);
      if (sub.cancelled || !sub.socket.connected) return;
      const page = await deps.replay(runId, sub.sentUpTo, REPLAY_PAGE);
      send(sub, runId, page.events, true);
      if (page.nextAfter === null) return;
    }
  }

  /**
   * A window client far behind gets the run's tail as a window, not every event it missed:
   * it shows a few screens and reads the rest by position. The replay goes on from there.
   */
  async function skipToTail(sub: Subscriber, runId: string, held: number): Promise<void> {
    const tail = await deps.readWindow(runId, undefined, TIMELINE_TAIL);
    const first = tail.events[0];
    if (tail.total - held <= TIMELINE_TAIL || !first || first.cursor <= sub.sentUpTo || sub.cancelled) return;
    sub.sentUpTo = tail.events.at(-1)!.cursor;
    sub.socket.emit("timeline:tail", { runId, ...tail });
  }

  function remove(socketId: string, runId: string): void {
    const sub = byRun.get(runId)?.get(socketId);
    if (!sub) return;
    sub.cancelled = true;
    void sub.socket.leave(roomOf(runId));
    byRun.get(runId)!.delete(socketId);
    if (byRun.get(runId)!.size === 0) byRun.delete(runId);
    countBySocket.set(socketId, (countBySocket.get(socketId) ?? 1) - 1);
  }

  return {
    /**
     * Replays from `after` (or skips to the tail, for a window client that `held` far fewer
     * events than the run has), then goes live; a second subscription to the same run
     * replaces the first.
     */
    async subscribe(socket: HubSocket, runId: string, after: number, held?: number): Promise<void> {
      remove(socket.id, runId);
      if ((countBySocket.get(socket.id) ?? 0) >= MAX_RUNS_PER_SOCKET)
        throw new Error(
          `a socket may follow at most ${MAX_RUNS_PER_SOCKET} runs at once: unsubscribe from one first`,
        );
      const subs = byRun.get(runId) ?? new Map<string, Subscriber>();
      byRun.set(runId, subs);
      const sub: Subscriber = { socket, sentUpTo: after, pending: [], cancelled: false, overflowed: false };
      subs.set(socket.id, sub);
      countBySocket.set(socket.id, (countBySocket.get(socket.id) ?? 0) + 1);
      try {
        if (held !== undefined) await skipToTail(sub, runId, held);
        do {
          sub.overflowed = false;
          await replayInto(sub, runId);
        } while (sub.overflowed && !sub.cancelled);
      } finally {
        const waiting = sub.pending ?? [];
        sub.pending = null;
        send(sub, runId, waiting, false);
        if (!sub.cancelled) void socket.join(roomOf(runId));
      }
    },
    unsubscribe(socketId: string, runId: unknown): void {
      if (typeof runId === "string") remove(socketId, runId);
    },
    dropSocket(socketId: string): void {
      for (const runId of [...byRun.keys()]) remove(socketId, runId);
      countBySocket.delete(socketId);
    },
    count(): number {
      let total = 0;
      for (const subs of byRun.values()) total += subs.size;
      return total;
    },
    publish(events: TimelineEvent[]): void {
      for (const [runId, runEvents] of groupByRun(events)) {
        const live: Subscriber[] = [];
        for (const sub of byRun.get(runId)?.values() ?? []) {
          if (sub.pending) hold(sub, runEvents);
          else live.push(sub);
        }
        if (live.length === 0) continue;
        // Live subscribers have been sent everything before these (cursors only grow).
        deps.io.local
          .to(roomOf(runId))
          .emit("timeline:appended", { runId, events: runEvents, replay: false });
        const upTo = runEvents.at(-1)!.cursor;
        for (const sub of live) {
          sub.sentUpTo = upTo;
          if (cutOffIfFlooded(sub.socket, deps.log)) remove(sub.socket.id, runId);
        }
      }
    },
  };
}

function hold(sub: Subscriber, events: TimelineEvent[]): void {
  if (sub.pending!.length + events.length <= MAX_PENDING) sub.pending!.push(...events);
  else {
    sub.pending = [];
    sub.overflowed = true;
  }
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
