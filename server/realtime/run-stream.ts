import type { ServerResponse } from "node:http";
import type { Hop } from "@/lib/hops";
import {
  assistantMilestone,
  progressItem,
  type ProgressItem,
  type ProgressKind,
  type StreamResult,
} from "@/lib/progress";
import { TERMINAL_RUN_STATUSES, type RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import type { Replay } from "./hub";

interface StreamOptions {
  kinds: ProgressKind[];
  followHops: boolean;
  /** Resume after this cursor (the `Last-Event-ID` a reconnecting client sends). */
  after: number;
  /** End with a `timeout` result after this many seconds if the runs have not ended. */
  timeoutSeconds: number | null;
}

type Listener = { events(e: TimelineEvent[]): void; runs(r: RunSummary[]): void; hops(h: Hop[]): void };

/**
 * Server-Sent Events for scripts: a run's progress, replayed from a cursor then live, closed
 * by one `result` event when the run — and with `followHops` every run it handed work to —
 * has ended. Each event's SSE id is its store cursor.
 */
export function createRunStreams(deps: {
  replay: Replay;
  getRun: (id: string) => Promise<RunSummary | null>;
  hopsFrom: (runId: string) => Hop[];
}) {
  const listeners = new Set<Listener>();

  async function open(res: ServerResponse, rootRunId: string, options: StreamOptions): Promise<void> {
    res.writeHead(200, {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
    });
    const runs = new Map<string, RunSummary | null>();
    const progress: ProgressItem[] = [];
    /** Per text block (run and item id): its milestone, in `progress`, updated as the text grows. */
    const milestones = new Map<string, ProgressItem>();
    let sentUpTo = options.after;
    let pending: TimelineEvent[] | null = [];
    let done = false;

    const write = (events: TimelineEvent[]) => {
      for (const e of events.sort((a, b) => a.cursor - b.cursor)) {
        if (e.cursor <= sentUpTo || !runs.has(e.runId)) continue;
        const item = progressItem(e);
        if (item) progress.push(item);
        if (e.kind === "assistant" && e.text.trim()) {
          const key = `${e.runId}:${e.itemId ?? ""}`;
          const known = milestones.get(key);
          if (known) known.summary = assistantMilestone(e).summary;
          else {
            milestones.set(key, assistantMilestone(e));
            progress.push(milestones.get(key)!);
          }
        }
        if (options.kinds.includes(e.kind as ProgressKind))
          res.write(`id: ${e.cursor}\nevent: ${e.kind}\ndata: ${JSON.stringify(e)}\n\n`);
      }
      sentUpTo = Math.max(sentUpTo, ...events.filter((e) => runs.has(e.runId)).map((e) => e.cursor));
    };
    const follow = async (runId: string) => {
      if (runs.has(runId)) return;
      const run = await deps.getRun(runId);
      runs.set(runId, run);
      // A message a busy session ran under another id: that run's progress is this one's.
      if (run?.route?.carrierRunId) await follow(run.route.carrierRunId);
      for (let after = options.after, page; ; after = page.nextAfter) {
        page = await deps.replay(runId, after, 500);
        if (pending) pending.push(...page.events);
        if (page.nextAfter === null) break;
      }
      if (options.followHops)
        for (const hop of deps.hopsFrom(runId)) if (hop.targetRunId) await follow(hop.targetRunId);
    };
    const finishIfEnded = () => {
      if (done || [...runs.values()].some((r) => !r || !isOver(r))) return;
      done = true;
      const root = runs.get(rootRunId)!;
      const all = [...runs.values()].filter((r): r is RunSummary => r !== null);
      end({
        status: all.map(outcome).find((s) => s !== "completed") ?? "completed",
        stillRunning: false,
        runIds: [],
        runs: all.map((r) => ({ runId: r.runId, sessionKey: r.sessionKey, status: r.status })),
        progress,
        reply: root.reply,
      });
    };
    const end = (result: StreamResult) => {
      clearTimeout(timer);
      res.end(`event: result\ndata: ${JSON.stringify(result)}\n\n`);
    };
    /** A slow target is not a failure: the script hears which runs still work and may stream them again. */
    const timeUp = () => {
      if (done) return;
      done = true;
      const all = [...runs.values()].filter((r): r is RunSummary => r !== null);
      end({
        status: "timeout",
        stillRunning: true,
        runIds: [...runs].filter(([, r]) => !r || !isOver(r)).map(([id]) => id),
        runs: all.map((r) => ({ runId: r.runId, sessionKey: r.sessionKey, status: r.status })),
        progress,
        reply: runs.get(rootRunId)?.reply ?? null,
      });
    };
    const timer = options.timeoutSeconds ? setTimeout(timeUp, options.timeoutSeconds * 1000) : undefined;

    const listener: Listener = {
      events: (events) => (pending ? pending.push(...events) : write(events)),
      runs: (updated) => {
        for (const run of updated) {
          if (!runs.has(run.runId)) continue;
          runs.set(run.runId, run);
          if (run.route?.carrierRunId && !runs.has(run.route.carrierRunId))
            void follow(run.route.carrierRunId);
        }
        if (!pending) finishIfEnded();
      },
      hops: (hops) => {
        if (!options.followHops) return;
        for (const hop of hops)
          if (runs.has(hop.callerRunId) && hop.targetRunId && !runs.has(hop.targetRunId))
            void follow(hop.targetRunId);
      },
    };
    listeners.add(listener);
    const heartbeat = setInterval(() => res.write(": keep-alive\n\n"), 15_000);
    res.on("close", () => {
      listeners.delete(listener);
      clearInterval(heartbeat);
      clearTimeout(timer);
    });
    await follow(rootRunId);
    const replayed = pending;
    pending = null;
    write(replayed);
    finishIfEnded();
  }

  return {
    open,
    events: (e: TimelineEvent[]) => listeners.forEach((l) => l.events(e)),
    runs: (r: RunSummary[]) => listeners.forEach((l) => l.runs(r)),
    hops: (h: Hop[]) => listeners.forEach((l) => l.hops(h)),
  };
}

export type RunStreams = ReturnType<typeof createRunStreams>;

/**
 * A run is over when it ended; a send merged with other waiting messages (collect) is over for
 * its stream too, since no id says which run carries it.
 */
function isOver(run: RunSummary): boolean {
  return TERMINAL_RUN_STATUSES.includes(run.status) || run.route?.disposition === "collected";
}

function outcome(run: RunSummary): string {
  return TERMINAL_RUN_STATUSES.includes(run.status) ? run.status : (run.route?.disposition ?? run.status);
}
