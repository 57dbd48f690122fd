import type { Alert } from "./alerts";
import type { Role } from "./auth";
import type { Gap } from "./gaps";
import type { GatewayStatus } from "./health";
import type { Hop } from "./hops";
import type { RunSummary } from "./runs";
import type { SessionSummary } from "./sessions";
import type { TimelineEvent } from "./timeline";
import type { TimelineWindow } from "./timeline-window";

/**
 * The socket.io contract. Server events are past tense (`run:updated`), client events
 * imperative (`run:subscribe`). Timeline events carry their store cursor, so a client that
 * resubscribes with the last cursor it holds gets exactly what it missed, once.
 */
export interface ServerToClientEvents {
  "gateway:updated": (status: GatewayStatus) => void;
  "run:updated": (run: RunSummary) => void;
  "session:updated": (session: SessionSummary) => void;
  "timeline:appended": (batch: TimelineBatch) => void;
  /** To a window client far behind: the run's last events, in place of what it missed. */
  "timeline:tail": (tail: TimelineTail) => void;
  /** To the feed: a hop was created or its receipt moved. */
  "hop:updated": (hop: Hop) => void;
  /** To the feed: a new alert (loop, depth passed, failed hop). */
  "alert:raised": (alert: Alert) => void;
  /** To every socket: a gap in the live stream was recorded, or its backfill ended. */
  "gap:recorded": (gap: Gap) => void;
}

export interface ClientToServerEvents {
  "feed:subscribe": (ack: (reply: SubscribeReply) => void) => void;
  "run:subscribe": (request: RunSubscribeRequest, ack: (reply: SubscribeReply) => void) => void;
  "run:unsubscribe": (request: { runId: string }) => void;
}

/**
 * The role each client event needs. The server refuses any event not listed here, so a new
 * event in ClientToServerEvents does not compile until it says who may send it.
 */
export const SOCKET_EVENT_ROLES = {
  "feed:subscribe": "viewer",
  "run:subscribe": "viewer",
  "run:unsubscribe": "viewer",
} as const satisfies Record<keyof ClientToServerEvents, Role>;

export interface TimelineBatch {
  runId: string;
  events: TimelineEvent[];
  /** True while the server is still sending stored events from before the subscription. */
  replay: boolean;
}

export type TimelineTail = TimelineWindow & { runId: string };

interface RunSubscribeRequest {
  runId: string;
  /** The newest cursor the client already holds; 0 for everything. */
  after: number;
  /**
   * How many of the run's events the client counts (a window's `total`). A client that shows
   * a window and missed more than TIMELINE_TAIL events gets the run's tail as a window
   * (`timeline:tail`) instead of every missed event; it reads the rest by position on demand.
   * Without it every missed event is replayed.
   */
  held?: number;
}

export type SubscribeReply = { ok: true } | { ok: false; error: string };
