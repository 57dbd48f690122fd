import type { Gap } from "@/lib/gaps";
import type { TimelineEvent } from "@/lib/timeline";
import type { GatewayOperations } from "../gateway/operations";
import type { Store } from "../store/store";
import type { Ingest } from "../timeline/ingest";
import { normalizeHistory } from "../timeline/normalize-history";
import { closingEvents } from "../timeline/reconcile";
import type { DetectedGap } from "./gap-detector";

const MAX_OPEN_RUNS = 500;
/** Clocks of the gateway and Switchboard differ a little: history this much older still counts. */
const CLOCK_SLACK_MS = 5000;

type Recovery = Pick<Gap, "recovered" | "unrecoverable">;

/**
 * Backfills one gap from the gateway, idempotently: the sessions that changed since it began
 * (`sessions.list`), their transcripts (`chat.history`, normalized like live frames and stored
 * under the same keys), then the fate of every run still open (`agent.wait`, session state,
 * and whether it began before the gateway process, `gatewayBootedAt`, started).
 */
export async function backfillGap(
  deps: { store: Store; ingest: Ingest; operations: GatewayOperations; now: () => number },
  gap: DetectedGap | null,
  gatewayBootedAt: number | null,
): Promise<Recovery> {
  await deps.ingest.flush();
  const catalog = await deps.operations.listSessions();
  deps.ingest.pushSessions(catalog);
  await deps.ingest.flush();
  const openBefore = await deps.store.listOpenRuns(MAX_OPEN_RUNS);
  const stored: TimelineEvent[] = [];
  if (gap) {
    const since = gap.from - CLOCK_SLACK_MS;
    const openIds = new Set(openBefore.map((r) => r.runId));
    const openSessions = new Set(openBefore.map((r) => r.sessionKey));
    const changed = catalog.filter((s) => openSessions.has(s.key) || (s.updatedAt ?? Infinity) >= since);
    for (const session of changed) {
      const rows = await deps.operations.chatHistory(session.key);
      const drafts = normalizeHistory(session.key, rows, deps.now()).filter(
        (e) => e.ts >= since || openIds.has(e.runId),
      );
      stored.push(...(await deps.ingest.commit(drafts)));
    }
  }
  const closed = await settleOpenRuns(
    deps,
    gatewayBootedAt ?? gap?.restartedAt ?? null,
    new Set(catalog.filter(idle).map((s) => s.key)),
  );
  return summarize(gap, stored, closed);
}

const idle = (s: { status?: string | null }) =>
  s.status !== undefined && s.status !== null && s.status !== "running";

/** Closes what the gateway says ended, and what it lost; returns the events that closed runs. */
async function settleOpenRuns(
  deps: { store: Store; ingest: Ingest; operations: GatewayOperations; now: () => number },
  gatewayBootedAt: number | null,
  idleSessions: ReadonlySet<string>,
): Promise<TimelineEvent[]> {
  const open = await deps.store.listOpenRuns(MAX_OPEN_RUNS);
  const drafts = [];
  for (const run of open) {
    const outcome = await deps.operations.runOutcome(run.runId);
    const sessionIdle = idleSessions.has(run.sessionKey);
    const facts = { outcome, sessionIdle, gatewayBootedAt, now: deps.now() };
    drafts.push(...closingEvents(run, facts));
  }
  return deps.ingest.commit(drafts);
}

function summarize(gap: DetectedGap | null, stored: TimelineEvent[], closed: TimelineEvent[]): Recovery {
  const runs = new Set([...stored, ...closed].map((e) => e.runId).filter((id) => id !== ""));
  const toolCalls = stored.filter((e) => e.kind === "tool" && e.phase === "start").length;
  const interrupted = closed.filter((e) => e.kind === "lifecycle" && e.phase === "interrupted").length;
  const unrecoverable = [
    ...(gap && gap.to > gap.from ? ["streaming text between those times was not recoverable"] : []),
    ...(interrupted > 0
      ? [
          `${interrupted} run${interrupted === 1 ? "" : "s"} cut short: the gateway kept no ending for ${interrupted === 1 ? "it" : "them"}`,
        ]
      : []),
  ];
  return { recovered: { runs: runs.size, events: stored.length + closed.length, toolCalls }, unrecoverable };
}
