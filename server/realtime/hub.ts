import type { Server, Socket } from "socket.io";
import type { Alert } from "@/lib/alerts";
import type { Gap } from "@/lib/gaps";
import type { GatewayStatus } from "@/lib/health";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import type { ClientToServerEvents, ServerToClientEvents, SubscribeReply } from "@/lib/socket";
import type { TimelineEvent, TimelinePage } from "@/lib/timeline";
import type { TimelineWindow } from "@/lib/timeline-window";
import { createRunSubscriptions } from "./run-subscriptions";
import { cutOffIfFlooded } from "./socket-buffer";

export type HubServer = Server<ClientToServerEvents, ServerToClientEvents>;
export type HubSocket = Socket<ClientToServerEvents, ServerToClientEvents>;
export type Replay = (runId: string, after: number, limit: number) => Promise<TimelinePage>;
/** A window of a run's events by position; without `offset`, its tail. */
export type ReadWindow = (
  runId: string,
  offset: number | undefined,
  limit: number,
) => Promise<TimelineWindow>;

const FEED = "feed";

/**
 * The socket.io side: rooms for the runs feed, per-run timeline subscriptions that replay
 * from a cursor and then go live. It is handed `replay`; it never reads the store itself. It
 * emits to this instance's sockets only: other instances get the changes through the relay.
 */
export function createHub(deps: {
  io: HubServer;
  replay: Replay;
  readWindow: ReadWindow;
  gatewayStatus: () => GatewayStatus;
  log: (line: string) => void;
}) {
  const { io } = deps;
  const runs = createRunSubscriptions({
    io,
    replay: deps.replay,
    readWindow: deps.readWindow,
    log: deps.log,
  });
  /** The feed's sockets, checked after each broadcast: one that stopped reading is cut off. */
  const feed = new Set<HubSocket>();
  const toFeed = <T>(items: T[], emit: (item: T) => void) => {
    items.forEach(emit);
    for (const socket of feed) if (cutOffIfFlooded(socket, deps.log)) feed.delete(socket);
  };

  io.on("connection", (socket: HubSocket) => {
    socket.emit("gateway:updated", deps.gatewayStatus());
    socket.on("feed:subscribe", (ack) => {
      void socket.join(FEED);
      feed.add(socket);
      reply(ack, { ok: true });
    });
    socket.on("run:subscribe", (request, ack) => {
      if (
        !request ||
        typeof request.runId !== "string" ||
        !isCount(request.after) ||
        (request.held !== undefined && !isCount(request.held))
      ) {
        reply(ack, {
          ok: false,
          error:
            "run:subscribe needs { runId: string, after: non-negative integer, held?: non-negative integer }",
        });
        return;
      }
      runs.subscribe(socket, request.runId, request.after, request.held).then(
        () => reply(ack, { ok: true }),
        (error: unknown) => reply(ack, { ok: false, error: String(error) }),
      );
    });
    socket.on("run:unsubscribe", (request) => runs.unsubscribe(socket.id, request?.runId));
    socket.on("disconnect", () => {
      runs.dropSocket(socket.id);
      feed.delete(socket);
    });
  });

  return {
    events(events: TimelineEvent[]): void {
      runs.publish(events);
    },
    runs(updated: RunSummary[]): void {
      toFeed(updated, (run) => io.local.to(FEED).emit("run:updated", run));
    },
    sessions(updated: SessionSummary[]): void {
      toFeed(updated, (session) => io.local.to(FEED).emit("session:updated", session));
    },
    hops(updated: Hop[]): void {
      toFeed(updated, (hop) => io.local.to(FEED).emit("hop:updated", hop));
    },
    alerts(raised: Alert[]): void {
      toFeed(raised, (alert) => io.local.to(FEED).emit("alert:raised", alert));
    },
    /** Sockets following a run, counted once per run (for /metrics). */
    subscriptions: runs.count,
    gateway(status: GatewayStatus): void {
      io.local.emit("gateway:updated", status);
    },
    gap(gap: Gap): void {
      io.local.emit("gap:recorded", gap);
    },
  };
}

const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;

/** Acks are optional for a client; a missing callback must not crash the server. */
function reply(ack: unknown, value: SubscribeReply): void {
  if (typeof ack === "function") ack(value);
}
