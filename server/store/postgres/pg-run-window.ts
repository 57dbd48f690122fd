import type { TimelineEvent } from "@/lib/timeline";
import type { TimelineFind, TimelineMatch } from "@/lib/timeline-window";
import { decodeRow } from "../event-body";
import { matcher } from "../run-find";
import { rebuildTexts } from "../text-deltas";
import type { Query } from "./pool";
import { QUERIES, toEventRow, type PgEventRow } from "./queries";

type Assistant = Extract<TimelineEvent, { kind: "assistant" }>;
/** Rows a find decodes per query while it walks a run. */
const FIND_PAGE = 1000;

/** A run's events by position on PostgreSQL: the same positions as sqlite/run-window.ts. */
export function createPgRunWindow(
  query: Query,
  stepsBefore: (runId: string, cursor: number) => Promise<Assistant[]>,
) {
  return {
    async countRunEvents(runId: string) {
      const [row] = await query<{ n: number; last: number }>(QUERIES.countRunEvents, [runId]);
      return { total: row!.n, lastCursor: row!.last };
    },
    async listEventsAt(runId: string, offset: number, limit: number) {
      const rows = await query<PgEventRow>(QUERIES.eventsAt, [runId, limit, offset]);
      return rebuildTexts(
        rows.map((r) => decodeRow(toEventRow(r))),
        (c) => stepsBefore(runId, c),
      );
    },
    async findRunEvents(runId: string, find: TimelineFind, limit: number): Promise<TimelineMatch[]> {
      const matches = matcher(find);
      const found: TimelineMatch[] = [];
      let index = 0;
      for (let after = 0; ;) {
        const rows = await query<PgEventRow>(QUERIES.listEvents, [runId, after, FIND_PAGE]);
        for (const row of rows) {
          if (matches(decodeRow(toEventRow(row)))) found.push({ index, cursor: row.cursor });
          if (found.length >= limit) return found;
          index += 1;
        }
        if (rows.length < FIND_PAGE) return found;
        after = rows.at(-1)!.cursor;
      }
    },
  };
}
