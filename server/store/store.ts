import type { Alert } from "@/lib/alerts";
import type { Dispatch } from "@/lib/dispatch";
import type { Gap } from "@/lib/gaps";
import type { Hop, HopsPage, HopsQuery } from "@/lib/hops";
import type { PolicyNote } from "@/lib/policies";
import type { SearchHit } from "@/lib/search";
import type { RunsPage, RunsQuery, RunSummary } from "@/lib/runs";
import type { HopFacts } from "@/lib/hop-facts";
import type { RouteFacts } from "@/lib/route-facts";
import type { SessionSummary } from "@/lib/sessions";
import type { DraftEvent, TimelineEvent, TimelinePage } from "@/lib/timeline";
import type { TimelineFind, TimelineMatch } from "@/lib/timeline-window";

/** What the gateway says about a session; the store adds run counts and activity. */
export interface SessionRecord {
  sessionKey: string;
  agentId: string | null;
  label: string | null;
  displayName: string | null;
  kind: string | null;
  channel: string | null;
  gatewayStatus: string | null;
  lastActivityAt: number | null;
}

/** Folds newly stored events into the runs they touch (see timeline/project-run.ts). */
export type RunProjector = (
  previous: ReadonlyMap<string, RunSummary>,
  events: readonly TimelineEvent[],
) => RunSummary[];

interface CommittedBatch {
  /** Only the events that were new; replayed duplicates are left out. */
  events: TimelineEvent[];
  runs: RunSummary[];
}

/**
 * The one storage contract, implemented by the embedded SQLite store and the PostgreSQL store
 * (tests/integration/store-contract.test.ts runs the same cases on both).
 */
export interface Store {
  readonly kind: string;
  /** Appends events idempotently (by dedupe key) and updates run projections, atomically. */
  commitBatch(drafts: readonly DraftEvent[], project: RunProjector): Promise<CommittedBatch>;
  upsertSessions(records: readonly SessionRecord[]): Promise<SessionSummary[]>;
  getRun(runId: string): Promise<RunSummary | null>;
  /** Runs not yet known to have ended (queued or running), oldest first; send ids run under another id are left out. */
  listOpenRuns(limit: number): Promise<RunSummary[]>;
  listRuns(query: RunsQuery): Promise<RunsPage>;
  listEvents(runId: string, after: number, limit: number): Promise<TimelinePage>;
  /** A run's events by position (0 = its first), for a timeline that reads only what it shows. */
  countRunEvents(runId: string): Promise<{ total: number; lastCursor: number }>;
  listEventsAt(runId: string, offset: number, limit: number): Promise<TimelineEvent[]>;
  /** The first `limit` events of a run that match, with their positions, oldest first. */
  findRunEvents(runId: string, find: TimelineFind, limit: number): Promise<TimelineMatch[]>;
  /**
   * Sessions by key or label, runs and hops by id, then full-text matches in messages, tool
   * arguments and results, and replies (best first); at most `limit` hits in all.
   */
  search(query: string, limit: number): Promise<SearchHit[]>;
  getSession(sessionKey: string): Promise<SessionSummary | null>;
  listSessions(): Promise<SessionSummary[]>;
  countEvents(): Promise<number>;
  /** Hops with the facts they were derived from (the linker's memory survives a restart). */
  saveHops(records: readonly HopRecord[]): Promise<void>;
  loadHops(): Promise<HopRecord[]>;
  listHops(query: HopsQuery): Promise<HopsPage>;
  /** Where sends to busy sessions went (the runs that carry them), kept across restarts. */
  saveRoutes(routes: readonly RouteFacts[]): Promise<void>;
  loadRoutes(): Promise<RouteFacts[]>;
  /** Inserts or updates alerts; returns those that are new or whose message changed. */
  upsertAlerts(alerts: readonly Alert[]): Promise<Alert[]>;
  listAlerts(limit: number): Promise<Alert[]>;
  /** The audit trail of what people sent through Switchboard, keyed by idempotency key too. */
  saveDispatch(dispatch: Dispatch, idempotencyKey: string): Promise<void>;
  getDispatchByKey(idempotencyKey: string): Promise<Dispatch | null>;
  getDispatch(runId: string): Promise<Dispatch | null>;
  /** What the handoff policies did per hop: at most one note per (hop, action), kept across restarts. */
  savePolicyNote(hopId: string, note: PolicyNote): Promise<void>;
  getPolicyNotes(hopId: string): Promise<PolicyNote[]>;
  /** Stretches of missed live events (inserted, then updated once their backfill ends). */
  saveGap(gap: Gap): Promise<void>;
  listGaps(limit: number): Promise<Gap[]>;
  /** The time of the newest stored event: where Switchboard's own downtime starts. */
  lastEventAt(): Promise<number | null>;
  close(): Promise<void>;
}

export interface HopRecord {
  facts: HopFacts;
  hop: Hop;
}
