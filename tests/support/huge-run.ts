import type { DraftEvent } from "@/lib/timeline";
import { normalizeFrame } from "@/server/timeline/normalize";
import { projectRuns } from "@/server/timeline/project-run";
import type { Store } from "@/server/store/store";
import { HANDOFF_FIXTURE, loadRecordedFrames } from "./fixture-frames";

/** The recorded run repeated: one real step (lifecycle, message, usage, status, a tool call, streamed text, the reply). */
const STEP_RUN = "4d981bda-16c4-42b4-838e-a8ddaa3260e1";

/** The word search finds in step `i` (and nowhere else). */
export const needle = (i: number) => `NEEDLE${i}X`;

/**
 * A run of `steps` × 20 events built from a real recording: each step's ids, seqs and times
 * made unique, and step `needleStep`'s text carrying a word search can find. Seeded straight
 * into a store (a running Switchboard's file is fine: SQLite takes the second writer).
 */
export async function seedHugeRun(
  store: Store,
  opts: { runId: string; sessionKey: string; steps: number; needleStep: number },
): Promise<number> {
  const step = loadRecordedFrames(HANDOFF_FIXTURE)
    .flatMap(normalizeFrame)
    .filter((d) => d.runId === STEP_RUN);
  const t0 = Date.now() - opts.steps * 1000;
  let batch: DraftEvent[] = [];
  let count = 0;
  for (let i = 0; i < opts.steps; i++) {
    for (const [j, d] of step.entries()) {
      batch.push(repeat(d, i, j, step.length, { ...opts, t0 }));
      count += 1;
    }
    if (batch.length >= 5000 || i === opts.steps - 1) {
      await store.commitBatch(batch, projectRuns);
      batch = [];
    }
  }
  return count;
}

function repeat(
  d: DraftEvent,
  i: number,
  j: number,
  size: number,
  opts: { runId: string; sessionKey: string; needleStep: number; t0: number },
): DraftEvent {
  const mark = (text: string) => (i === opts.needleStep ? `${text} ${needle(i)} 🚀` : text);
  const copy = {
    ...d,
    runId: opts.runId,
    sessionKey: opts.sessionKey,
    seq: i * size + j + 1,
    ts: opts.t0 + i * 1000 + j,
    dedupeKey: `${opts.runId}:${i}:${j}`,
  } as DraftEvent;
  if (copy.kind === "tool") copy.toolCallId = `${d.kind === "tool" ? d.toolCallId : ""}-${i}`;
  if (copy.kind === "assistant") {
    copy.itemId = `${copy.itemId ?? "item"}-${i}`;
    copy.text = mark(copy.text);
    copy.delta = mark(copy.delta);
  }
  if (copy.kind === "chat" && copy.text !== null) copy.text = mark(copy.text);
  return copy;
}
