import type { DraftEvent } from "@/lib/timeline";

/** Runs whose latest assistant step is remembered across batches (the oldest is forgotten). */
const REMEMBERED_RUNS = 10_000;

type Assistant = Extract<DraftEvent, { kind: "assistant" }>;

/**
 * Shrinks a batch before it is stored and sent, losing nothing the timeline shows:
 * - a `chat` delta that repeats the run's latest `agent` assistant step (the gateway sends
 *   both with one seq, the chat one with the whole message so far; and once more, with a
 *   seq of its own, just before the final) is dropped;
 * - consecutive assistant deltas of one run and text block within a batch become one event
 *   with the joined delta and the latest text.
 * Finals, errors, tools and lifecycle events are never merged or dropped. The only state is
 * each run's latest assistant step, bounded.
 */
export function createDeltaCoalescer() {
  const lastStep = new Map<string, { seq: number | null; text: string }>();

  function remember(step: Assistant): void {
    lastStep.delete(step.runId);
    lastStep.set(step.runId, { seq: step.seq, text: step.text });
    if (lastStep.size > REMEMBERED_RUNS) lastStep.delete(lastStep.keys().next().value!);
  }

  function repeatsAssistant(event: DraftEvent): boolean {
    if (event.kind !== "chat" || event.state !== "delta") return false;
    const step = lastStep.get(event.runId);
    return step !== undefined && ((event.seq !== null && step.seq === event.seq) || step.text === event.text);
  }

  return function coalesce(drafts: readonly DraftEvent[]): DraftEvent[] {
    const out: DraftEvent[] = [];
    /** Where each run's latest kept event sits in `out`. */
    const latest = new Map<string, number>();
    for (const event of drafts) {
      if (repeatsAssistant(event)) continue;
      if (event.kind === "assistant") remember(event);
      const at = latest.get(event.runId);
      const merged = at === undefined ? null : joined(out[at]!, event);
      if (merged) out[at!] = merged;
      else {
        latest.set(event.runId, out.length);
        out.push(event);
      }
    }
    return out;
  };
}

/** `next` continuing `prev`'s text block, as one event; null when they do not join. */
function joined(prev: DraftEvent, next: DraftEvent): Assistant | null {
  if (prev.kind !== "assistant" || next.kind !== "assistant" || prev.itemId !== next.itemId) return null;
  if (next.text !== prev.text + next.delta) return null;
  return { ...next, delta: prev.delta + next.delta };
}
