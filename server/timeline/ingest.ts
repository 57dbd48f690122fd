import { errorMessage } from "@/lib/errors";
import type { RunSummary } from "@/lib/runs";
import type { SessionSummary } from "@/lib/sessions";
import type { DraftEvent, TimelineEvent } from "@/lib/timeline";
import type { InboundFrame, SessionRow } from "../gateway/frames";
import type { SessionRecord, Store } from "../store/store";
import type { Handoffs } from "./handoffs";
import { createDeltaCoalescer } from "./coalesce";
import { createHeldWrites } from "./held-writes";
import { normalizeFrame } from "./normalize";
import { projectRuns } from "./project-run";
import { sessionRecordFromChange, sessionRecordFromRow } from "./session-record";

/** Where committed changes go next (the realtime hub). */
export interface Publisher {
  events(events: TimelineEvent[]): void;
  runs(runs: RunSummary[]): void;
  sessions(sessions: SessionSummary[]): void;
}

/** Figures for /metrics; ingest reports them without knowing who reads them. */
export interface IngestObserver {
  batchWritten(events: number, seconds: number): void;
  queueDepth(depth: number): void;
}

export interface IngestOptions {
  /** How long frames wait to share one transaction: the hot path writes in batches. */
  flushMs?: number;
  maxBatch?: number;
  /** Events held in memory while the store refuses writes; older ones are dropped as a gap. */
  maxHeld?: number;
  /** How soon a refused write is tried again. */
  retryMs?: number;
}

/** Told when the store refuses writes and when it takes them again (the health pill's error). */
export interface StoreHealth {
  refused(error: string): void;
  /** `droppedFrom`: events from this time on were dropped while refused (a gap to backfill). */
  recovered(droppedFrom: number | null): void;
}

/**
 * The one orchestrator of the write path: frames → normalize → one store transaction per
 * batch → publish what was committed. Batches are written one at a time, in arrival order.
 */
export function createIngest(
  deps: {
    store: Store;
    publish: Publisher;
    handoffs: Pick<Handoffs, "apply">;
    log: (line: string) => void;
    health?: StoreHealth;
    observe?: IngestObserver;
  },
  options: IngestOptions = {},
) {
  const flushMs = options.flushMs ?? 5;
  const maxBatch = options.maxBatch ?? 2000;
  const retryMs = options.retryMs ?? 1000;
  const held = createHeldWrites(options.maxHeld ?? 50_000);
  let refusing = false;
  let frames: InboundFrame[] = [];
  let drafts: DraftEvent[] = [];
  let sessions: SessionRecord[] = [];
  let timer: NodeJS.Timeout | null = null;
  let writing: Promise<void> = Promise.resolve();
  /** The batch waiting behind the write under way: later flushes join it rather than queue behind it. */
  let queued: { batch: DraftEvent[]; sessions: SessionRecord[] } | null = null;
  const coalesce = createDeltaCoalescer();

  function schedule(): void {
    deps.observe?.queueDepth(frames.length + drafts.length + sessions.length);
    if (refusing) return; // the retry timer writes everything waiting at once
    if (frames.length + drafts.length + sessions.length >= maxBatch) void flush();
    else timer ??= setTimeout(() => void flush(), flushMs);
  }

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    const waiting = held.take();
    const batch = [...waiting.events, ...coalesce([...frames.flatMap(normalizeFrame), ...drafts])];
    const sessionBatch = [...waiting.sessions, ...sessions];
    frames = [];
    drafts = [];
    sessions = [];
    deps.observe?.queueDepth(0);
    // A slower store (a database over the network) gets bigger batches, not a longer queue.
    if (queued) {
      queued.batch.push(...batch);
      queued.sessions.push(...sessionBatch);
      return writing;
    }
    const next = { batch, sessions: sessionBatch };
    queued = next;
    writing = writing.then(() => {
      queued = null;
      return write(next.batch, next.sessions).then(accepted, (error: unknown) =>
        refused(next.batch, next.sessions, error),
      );
    });
    return writing;
  }

  /** Nothing acknowledged is lost: a refused batch is held and retried until the store takes it. */
  function refused(batch: DraftEvent[], sessionBatch: SessionRecord[], error: unknown): void {
    held.hold(batch, sessionBatch);
    if (!refusing) deps.log(`the store refused ${batch.length} events; holding them: ${String(error)}`);
    refusing = true;
    deps.health?.refused(errorMessage(error));
    timer ??= setTimeout(() => void flush(), retryMs);
  }

  function accepted(): void {
    if (!refusing || held.size() > 0) return;
    refusing = false;
    deps.log("the store takes writes again");
    deps.health?.recovered(held.takeDropped());
  }

  async function write(batch: DraftEvent[], sessionBatch: SessionRecord[]): Promise<TimelineEvent[]> {
    if (sessionBatch.length > 0) deps.publish.sessions(await deps.store.upsertSessions(sessionBatch));
    if (batch.length === 0) return [];
    const started = performance.now();
    const committed = await deps.store.commitBatch(batch, projectRuns);
    deps.observe?.batchWritten(committed.events.length, (performance.now() - started) / 1000);
    if (committed.events.length > 0) deps.publish.events(committed.events);
    // Runs as the API shows them: a send id a busy session ran under another id shows that run.
    const runs = await deps.handoffs.apply(committed.events, committed.runs);
    if (runs.length > 0) {
      deps.publish.runs(runs);
      const keys = new Set(runs.map((r) => r.sessionKey));
      const touched = await Promise.all([...keys].map((k) => deps.store.getSession(k)));
      deps.publish.sessions(touched.filter((s): s is SessionSummary => s !== null));
    }
    return committed.events;
  }

  return {
    push(frame: InboundFrame): void {
      if (frame.event === "sessions.changed") {
        const record = sessionRecordFromChange(frame.payload);
        if (record) sessions.push(record);
      }
      // sessions.changed too: a session accepting a message is a handoff fact (normalize.ts).
      frames.push(frame);
      schedule();
    },
    /** Events Switchboard derived itself (e.g. a run's end learned after a reconnect). */
    pushDrafts(events: DraftEvent[]): void {
      drafts.push(...events);
      schedule();
    },
    pushSessions(rows: SessionRow[]): void {
      sessions.push(...rows.map(sessionRecordFromRow));
      schedule();
    },
    /** Writes whatever is waiting; resolves when it is committed and published. */
    flush,
    /**
     * Writes these events after everything already waiting, in their own transaction, and
     * resolves with those that were new (a backfill counts what it recovered this way).
     */
    async commit(events: DraftEvent[]): Promise<TimelineEvent[]> {
      await flush();
      const done = writing.then(() => write(events, []));
      // A refused backfill is not held: its gap stays open and the next one asks again.
      writing = done.then(
        () => undefined,
        () => undefined,
      );
      return done;
    },
  };
}

export type Ingest = ReturnType<typeof createIngest>;
