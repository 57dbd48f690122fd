import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { messageText } from "@/server/timeline/message-text";
import type { apiClient } from "./api-client";
import { connectCliClient } from "./openclaw-cli-client";

interface HistoryRunFacts {
  toolStarts: Set<string>;
  toolResults: Set<string>;
  finalText: string | null;
}

export interface Comparison {
  /** Runs of the gateway's transcripts compared with the store. */
  runs: number;
  /** Transcript rows compared (assistant turns and tool results). */
  rows: number;
  /** Store events of those runs, live and backfilled. */
  storeEvents: number;
  backfilledEvents: number;
  /** Tool events (a call's start or result) and final replies stored more than once. */
  duplicates: number;
  statuses: Record<string, number>;
  mismatches: string[];
}

type Row = {
  role?: string;
  content?: unknown;
  toolCallId?: string;
  stopReason?: string;
  __openclaw?: { runId?: string };
};

/** Each run in a session's `chat.history`: its tool calls, their results and its final text. */
function runsOfHistory(rows: Row[]): Map<string, HistoryRunFacts> {
  const runs = new Map<string, HistoryRunFacts>();
  for (const row of rows) {
    const runId = row.__openclaw?.runId;
    if (!runId || (row.role !== "assistant" && row.role !== "toolResult")) continue;
    const run = runs.get(runId) ?? { toolStarts: new Set(), toolResults: new Set(), finalText: null };
    runs.set(runId, run);
    if (row.role === "toolResult" && row.toolCallId) run.toolResults.add(row.toolCallId);
    for (const part of Array.isArray(row.content) ? (row.content as { type?: string; id?: string }[]) : [])
      if (part.type === "toolCall" && part.id) run.toolStarts.add(part.id);
    if (row.role === "assistant" && row.stopReason === "stop")
      run.finalText = messageText(row.content) || null;
  }
  return runs;
}

/**
 * The store against the gateway's own history, run by run: every run exists, ended (none
 * queued or running), with the same tool calls and results, and — when the gateway has its
 * final turn — completed with the same final text.
 */
export async function compareWithGateway(
  api: ReturnType<typeof apiClient>,
  gateway: { url: string; token: string },
  sessionKeys: readonly string[],
): Promise<Comparison> {
  const client = await connectCliClient({ ...gateway, onFrame: () => {} });
  const result: Comparison = {
    runs: 0,
    rows: 0,
    storeEvents: 0,
    backfilledEvents: 0,
    duplicates: 0,
    statuses: {},
    mismatches: [],
  };
  try {
    for (const sessionKey of sessionKeys) {
      const history = await client.request<{ messages: Row[] }>("chat.history", { sessionKey, limit: 500 });
      result.rows += history.messages.filter((r) => r.role === "assistant" || r.role === "toolResult").length;
      for (const [runId, facts] of runsOfHistory(history.messages)) {
        result.runs += 1;
        await compareRun(api, runId, facts, result);
      }
      const listed = (await (
        await api.get(`/api/runs?session=${encodeURIComponent(sessionKey)}&limit=200`)
      ).json()) as {
        runs: RunSummary[];
      };
      for (const run of listed.runs)
        if (run.status === "running" || run.status === "queued")
          result.mismatches.push(`${run.runId}: still ${run.status} in the store`);
    }
  } finally {
    await client.stop();
  }
  return result;
}

async function compareRun(
  api: ReturnType<typeof apiClient>,
  runId: string,
  facts: HistoryRunFacts,
  result: Comparison,
) {
  const response = await api.get(`/api/runs/${encodeURIComponent(runId)}`);
  if (response.status !== 200) return void result.mismatches.push(`${runId}: missing from the store`);
  const { run } = (await response.json()) as { run: RunSummary };
  result.statuses[run.status] = (result.statuses[run.status] ?? 0) + 1;
  const page = (await (await api.get(`/api/runs/${encodeURIComponent(runId)}/events?limit=1000`)).json()) as {
    events: TimelineEvent[];
  };
  result.storeEvents += page.events.length;
  result.backfilledEvents += page.events.filter((e) => e.backfilled).length;
  const seen = new Set<string>();
  for (const e of page.events) {
    const key =
      e.kind === "tool"
        ? `tool:${e.toolCallId}:${e.phase}`
        : e.kind === "chat" && e.state === "final"
          ? "final"
          : null;
    if (key === null) continue;
    if (seen.has(key)) {
      result.duplicates += 1;
      result.mismatches.push(`${runId}: ${key} stored twice`);
    }
    seen.add(key);
  }
  const tools = (phase: string) =>
    new Set(page.events.flatMap((e) => (e.kind === "tool" && e.phase === phase ? [e.toolCallId] : [])));
  const same = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  if (!same(tools("start"), facts.toolStarts))
    result.mismatches.push(`${runId}: tool calls ${[...tools("start")]} ≠ gateway ${[...facts.toolStarts]}`);
  if (!same(tools("result"), facts.toolResults))
    result.mismatches.push(
      `${runId}: tool results ${[...tools("result")]} ≠ gateway ${[...facts.toolResults]}`,
    );
  if (facts.finalText !== null && (run.status !== "completed" || run.reply !== facts.finalText))
    result.mismatches.push(`${runId}: ${run.status} "${run.reply}" ≠ gateway's final "${facts.finalText}"`);
  if (facts.finalText === null && (run.status === "running" || run.status === "queued"))
    result.mismatches.push(`${runId}: the gateway has no ending, the store says ${run.status}`);
}
