import { formatCount } from "./format";
import { TERMINAL_RUN_STATUSES, type RunStatus } from "./runs";
import type { Provenance, TimelineEvent, TimelineEventOf } from "./timeline";

/**
 * Folds a run's events (sorted by cursor) into what the timeline shows: one card per tool
 * call, one block per streamed text, markers, messages and quiet lines. Pure.
 */

export type ToolCardPhase = "running" | "done" | "error";

interface ItemBase {
  /** Stable across rebuilds, so React keeps a streaming block's element. */
  key: string;
  ts: number;
  /** The stored events folded into this item, oldest first: what its raw view shows. */
  events: TimelineEvent[];
}
export interface LifecycleItem extends ItemBase {
  kind: "lifecycle";
  label: string;
  reason: string | null;
  /** Boundaries (start, end) are neutral, failures and aborts errors. Steps in between are quiet lines. */
  tone: "neutral" | "error";
}
export interface ToolItem extends ItemBase {
  kind: "tool";
  toolCallId: string;
  name: string;
  args: unknown;
  /** The result, or the latest partial result while the tool runs. */
  result: unknown;
  phase: ToolCardPhase;
  endedAt: number | null;
  /** The run ended before this call returned. */
  interrupted: boolean;
}
export interface TextItem extends ItemBase {
  kind: "text";
  text: string;
  /** Still growing: the run is active and nothing came after it yet. */
  streaming: boolean;
  /** The run's final reply. */
  final: boolean;
}
export interface MessageItem extends ItemBase {
  kind: "message";
  role: string;
  text: string;
  provenance: Provenance | null;
}
export interface ProblemItem extends ItemBase {
  kind: "problem";
  label: string;
  reason: string | null;
}
/** Status, usage and lifecycle steps between two pieces of content: one quiet line, expandable. */
export interface QuietItem extends ItemBase {
  kind: "quiet";
  lines: string[];
}
export interface RawItem extends ItemBase {
  kind: "raw";
  event: string;
  stream: string | null;
  payload: unknown;
}
export type TimelineItem =
  LifecycleItem | ToolItem | TextItem | MessageItem | ProblemItem | QuietItem | RawItem;

/**
 * `runStatus` null means not known yet: the run is treated as active. `more`: these are not the
 * run's last events (a chunk of a long run), so nothing here is its end: calls may still
 * return, no text streams and none is the final reply by default.
 */
export function buildTimelineItems(
  events: readonly TimelineEvent[],
  runStatus: RunStatus | null,
  more = false,
): TimelineItem[] {
  const active = more || runStatus === null || !TERMINAL_RUN_STATUSES.includes(runStatus);
  const fold = new Fold(events, active);
  for (const event of events) fold.add(event);
  return fold.finish(more ? null : runStatus, !more);
}

class Fold {
  readonly items: TimelineItem[] = [];
  private readonly tools = new Map<string, ToolItem>();
  private readonly texts = new Map<string, TextItem>();
  private readonly hasAssistantEvents: boolean;
  private readonly hasStreamedText: boolean;
  private readonly hasToolEvents: boolean;
  private sawFinal = false;

  constructor(
    events: readonly TimelineEvent[],
    private readonly active: boolean,
  ) {
    this.hasAssistantEvents = events.some((e) => e.kind === "assistant");
    this.hasStreamedText =
      this.hasAssistantEvents || events.some((e) => e.kind === "chat" && e.text !== null);
    this.hasToolEvents = events.some((e) => e.kind === "tool");
  }

  add(event: TimelineEvent): void {
    switch (event.kind) {
      case "lifecycle": {
        const item = lifecycleItem(event);
        return item ? this.push(item) : this.quiet(event, `lifecycle: ${event.phase}`);
      }
      case "tool":
        return this.tool(event);
      case "assistant":
        return this.text(event.itemId ?? "stream", event, (prev) => event.text || prev + event.delta);
      case "chat":
        return this.chat(event);
      case "message":
        return this.message(event);
      case "status":
        return this.quiet(event, `status: ${event.phase}`);
      case "usage":
        return this.quiet(event, usageText(event));
      case "handoff":
        return; // linking material: the tool card and the message show what it says
      case "unknown": {
        const { event: name, stream, payload } = event;
        return this.push({
          kind: "raw",
          key: `raw:${event.cursor}`,
          ts: event.ts,
          events: [event],
          event: name,
          stream,
          payload,
        });
      }
    }
  }

  finish(runStatus: RunStatus | null, canStream: boolean): TimelineItem[] {
    if (!this.sawFinal && runStatus === "completed") this.markLastTextFinal(null);
    const last = this.lastContent();
    const failureReasons = new Set(
      this.items.flatMap((i) => (i.kind === "lifecycle" && i.tone === "error" ? [i.reason] : [])),
    );
    return this.items
      .filter((i) => !(i.kind === "problem" && failureReasons.has(i.reason)))
      .map((i) =>
        i.kind === "text" ? { ...i, streaming: canStream && this.active && i === last && !i.final } : i,
      );
  }

  private push(item: TimelineItem): void {
    this.items.push(item);
  }

  /** A quiet line joins the quiet item just before it, if the newest item is one. */
  private quiet(event: TimelineEvent, line: string): void {
    const last = this.items.at(-1);
    if (last?.kind === "quiet") {
      last.lines.push(line);
      last.events.push(event);
      return;
    }
    this.push({ kind: "quiet", key: `quiet:${event.cursor}`, ts: event.ts, events: [event], lines: [line] });
  }

  /** The newest item that is more than a quiet line. */
  private lastContent(): TimelineItem | undefined {
    return this.items.findLast((i) => i.kind !== "quiet" && i.kind !== "raw");
  }

  private tool(e: TimelineEventOf<"tool">): void {
    let item = this.tools.get(e.toolCallId);
    if (!item) {
      item = {
        kind: "tool",
        key: `tool:${e.toolCallId}`,
        ts: e.ts,
        events: [],
        toolCallId: e.toolCallId,
        name: e.name,
        args: undefined,
        result: undefined,
        phase: this.active ? "running" : "error",
        endedAt: null,
        interrupted: !this.active,
      };
      this.tools.set(e.toolCallId, item);
      this.push(item);
    }
    item.events.push(e);
    if (e.args !== undefined) item.args = e.args;
    if (e.phase === "update" && item.endedAt === null && e.result !== undefined) item.result = e.result;
    if (e.phase === "result") {
      Object.assign(item, {
        result: e.result,
        endedAt: e.ts,
        phase: e.isError ? "error" : "done",
        interrupted: false,
      });
    }
  }

  /**
   * Folds cumulative text into one block per `group`. A block without an item id keeps
   * growing only while no other content came after it; after a tool call a new block starts.
   */
  private text(group: string, e: TimelineEvent, next: (prev: string) => string): void {
    const current = this.texts.get(group);
    if (current && (group !== "stream" || this.lastContent() === current)) {
      current.text = next(current.text);
      current.events.push(e);
      return;
    }
    const item: TextItem = {
      kind: "text",
      key: `text:${group}:${e.cursor}`,
      ts: e.ts,
      events: [e],
      text: next(""),
      streaming: false,
      final: false,
    };
    this.texts.set(group, item);
    this.push(item);
  }

  private chat(e: TimelineEventOf<"chat">): void {
    if (e.state === "delta") {
      if (!this.hasAssistantEvents && e.text !== null) this.text("stream", e, () => e.text ?? "");
      return;
    }
    if (e.state === "final") {
      this.sawFinal = true;
      if (this.markLastTextFinal(e.text, e) || e.text === null) return;
      return this.push({
        kind: "text",
        key: `final:${e.cursor}`,
        ts: e.ts,
        events: [e],
        text: e.text,
        streaming: false,
        final: true,
      });
    }
    const label = e.state === "error" ? "Run failed" : "Run aborted";
    const reason = e.error ?? e.stopReason;
    this.push({ kind: "problem", key: `chat:${e.cursor}`, ts: e.ts, events: [e], label, reason });
  }

  /** Marks the newest text block as the final reply when it says the same as `text` (or `text` is unknown). */
  private markLastTextFinal(text: string | null, e?: TimelineEvent): boolean {
    const last = this.items.findLast((i): i is TextItem => i.kind === "text");
    if (!last || (text !== null && last.text.trim() !== text.trim())) return false;
    last.final = true;
    if (e) last.events.push(e);
    return true;
  }

  /**
   * A message from elsewhere (it has provenance) is always shown. Assistant transcript rows
   * repeat what the streams showed; they stand in only for a finished run that streamed nothing.
   */
  private message(e: TimelineEventOf<"message">): void {
    if (e.role === "assistant" && !e.provenance) {
      if (!this.hasStreamedText && !this.active) this.text(`message:${e.cursor}`, e, () => e.text);
      return;
    }
    if ((e.role === "toolResult" || e.role === "tool") && this.hasToolEvents && !e.provenance) return;
    this.push({
      kind: "message",
      key: `message:${e.cursor}`,
      ts: e.ts,
      events: [e],
      role: e.role,
      text: e.text,
      provenance: e.provenance,
    });
  }
}

/** A boundary or failure; null for a quiet step in between. */
function lifecycleItem(e: TimelineEventOf<"lifecycle">): LifecycleItem | null {
  const base = { kind: "lifecycle" as const, key: `lifecycle:${e.cursor}`, ts: e.ts, events: [e] };
  if (e.phase === "start") return { ...base, label: "Run started", reason: null, tone: "neutral" };
  if (e.phase === "error") return { ...base, label: "Run failed", reason: e.error, tone: "error" };
  if (e.phase === "end" && e.aborted)
    return { ...base, label: "Run aborted", reason: e.stopReason ?? e.error, tone: "error" };
  if (e.phase === "end") return { ...base, label: "Run ended", reason: e.stopReason, tone: "neutral" };
  return e.error ? { ...base, label: `Run ${e.phase}`, reason: e.error, tone: "error" } : null;
}

function usageText(e: TimelineEventOf<"usage">): string {
  const part = (n: number | null, word: string) => (n === null ? null : `${formatCount(n)} ${word}`);
  const parts = [part(e.inputTokens, "in"), part(e.outputTokens, "out")].filter((p) => p !== null);
  return `usage: ${parts.length > 0 ? `${parts.join(" · ")} tokens` : "reported"}`;
}
