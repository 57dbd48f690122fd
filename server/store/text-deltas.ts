import type { TimelineEvent } from "@/lib/timeline";

type Assistant = Extract<TimelineEvent, { kind: "assistant" }>;
type StoredAssistant = Omit<Assistant, "cursor">;

/** At most this many delta-only steps follow a full text: a read walks back no further. */
export const MAX_CHAIN = 128;
/** Runs whose latest stored text is remembered (an unremembered run's next step is stored whole). */
const REMEMBERED_RUNS = 10_000;

/**
 * Assistant steps carry the whole text so far as well as the delta: stored as they come, a
 * long reply costs O(n²) bytes. A step whose text is the run's previous stored step's text
 * plus its delta is stored without `text`; every MAX_CHAIN steps (and whenever the chain
 * breaks: another block, a restart) the whole text is kept. Reads rebuild the text.
 */
export function createTextDeltas() {
  const latest = new Map<string, { itemId: string | null; text: string; chain: number }>();

  return {
    /** The event as stored: `text` left out when the previous stored step rebuilds it. */
    encode(event: StoredAssistant): Omit<StoredAssistant, "text"> & { text?: string } {
      const prev = latest.get(event.runId);
      if (!prev || prev.itemId !== event.itemId || prev.chain >= MAX_CHAIN) return event;
      if (prev.text + event.delta !== event.text) return event;
      const { text: _text, ...rest } = event;
      return rest;
    },
    /** After the insert succeeded: this step is now the run's latest. */
    stored(event: StoredAssistant, wholeText: boolean): void {
      const chain = wholeText ? 0 : (latest.get(event.runId)?.chain ?? 0) + 1;
      latest.delete(event.runId);
      latest.set(event.runId, { itemId: event.itemId, text: event.text, chain });
      if (latest.size > REMEMBERED_RUNS) latest.delete(latest.keys().next().value!);
    },
    /** A write failed: what is remembered may not be in the store; start over with whole texts. */
    forget(): void {
      latest.clear();
    },
  };
}

/** A step read without its text, to be rebuilt from the steps before it. */
const lacksText = (event: TimelineEvent): boolean =>
  event.kind === "assistant" && typeof (event as { text?: unknown }).text !== "string";

/**
 * Fills in the texts left out, in cursor order. `before(cursor)` reads the run's assistant
 * steps before a cursor, newest first, for a page that starts in the middle of a chain: only
 * the page's first assistant step can need it.
 */
export async function rebuildTexts(
  events: TimelineEvent[],
  before: (cursor: number) => Assistant[] | Promise<Assistant[]>,
): Promise<TimelineEvent[]> {
  if (!events.some(lacksText)) return events;
  const first = events.find((e) => e.kind === "assistant")!;
  let previous = lacksText(first) ? textBefore(await before(first.cursor)) : "";
  return events.map((event) => {
    if (event.kind !== "assistant") return event;
    if (!lacksText(event)) return ((previous = event.text), event);
    previous += event.delta;
    return { ...event, text: previous };
  });
}

function textBefore(chain: Assistant[]): string {
  const whole = chain.findIndex((e) => !lacksText(e));
  const deltas = (steps: Assistant[]) =>
    steps
      .map((e) => e.delta)
      .reverse()
      .join("");
  return whole < 0 ? deltas(chain) : chain[whole]!.text + deltas(chain.slice(0, whole));
}
