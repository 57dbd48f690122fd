import type { SearchHit } from "@/lib/search";
import type { TimelineEvent } from "@/lib/timeline";
import { anchorOf, searchableText } from "../search-text";
import type { Query } from "./pool";

/** A tsvector holds at most 1 MB: a huge tool result is indexed by its start. */
const INDEXED_CHARS = 100_000;

/**
 * Search on PostgreSQL: sessions by key or label, runs and hops by the start of their id, then
 * PostgreSQL's full-text search (`event_text.tsv`, GIN-indexed, English stemming) over what
 * search-text.ts says is searchable, best first by `ts_rank`, with `ts_headline` snippets.
 * The same hits as the embedded store's FTS5 index, except that a word matches by its stem, not
 * as a prefix of a longer one.
 */
export function createPgSearch(query: Query) {
  return {
    /** Indexes the searchable words of newly stored events (inside commitBatch's transaction). */
    async index(q: Query, events: readonly TimelineEvent[]): Promise<void> {
      const columns: unknown[][] = [[], [], [], [], [], []];
      for (const event of events) {
        const found = searchableText(event);
        if (!found) continue;
        const row = [event.cursor, event.runId, event.sessionKey, found.source, anchorOf(event)];
        [...row, found.text.slice(0, INDEXED_CHARS)].forEach((value, i) => columns[i]!.push(value));
      }
      if (columns[0]!.length === 0) return;
      await q(
        `INSERT INTO event_text (cursor, run_id, session_key, source, anchor, text)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])`,
        columns,
      );
    },
    async search(input: string, limit: number): Promise<SearchHit[]> {
      const q = input.trim();
      if (!q) return [];
      const [sessions, runs, hops] = await Promise.all([
        query<{ session_key: string; label: string | null }>(
          `SELECT session_key, COALESCE(display_name, label) AS label FROM sessions
           WHERE strpos(lower(session_key), lower($1)) > 0 OR strpos(lower(COALESCE(display_name, label, '')), lower($1)) > 0
           ORDER BY last_activity_at DESC NULLS LAST LIMIT $2`,
          [q, limit],
        ),
        query<{ run_id: string; session_key: string; status: string }>(
          "SELECT run_id, session_key, status FROM runs WHERE starts_with(run_id, $1) LIMIT $2",
          [q, limit],
        ),
        query<{ hop_id: string; caller_run: string; caller_session: string; target_session: string | null }>(
          `SELECT hop_id, hop::jsonb->>'callerRunId' AS caller_run, caller_session, target_session
           FROM hops WHERE starts_with(hop_id, $1) LIMIT $2`,
          [q, limit],
        ),
      ]);
      const hits: SearchHit[] = [
        ...sessions.map((r): SearchHit => ({ type: "session", sessionKey: r.session_key, label: r.label })),
        ...runs.map((r): SearchHit => ({
          type: "run",
          runId: r.run_id,
          sessionKey: r.session_key,
          status: r.status,
        })),
        ...hops.map((r): SearchHit => ({
          type: "hop",
          hopId: r.hop_id,
          callerRunId: r.caller_run,
          callerSessionKey: r.caller_session,
          targetSessionKey: r.target_session,
        })),
      ];
      if (hits.length < limit) {
        const rows = await query<{
          run_id: string;
          session_key: string;
          cursor: number;
          anchor: string | null;
          source: string;
          snippet: string;
        }>(
          `SELECT run_id, session_key, cursor, anchor, source,
             ts_headline('english', text, q, 'MaxWords=12, MinWords=4, StartSel="", StopSel=""') AS snippet
           FROM event_text, websearch_to_tsquery('english', $1) q WHERE tsv @@ q
           ORDER BY ts_rank(tsv, q) DESC, cursor LIMIT $2`,
          [q, limit - hits.length],
        );
        for (const r of rows)
          hits.push({
            type: "text",
            runId: r.run_id,
            sessionKey: r.session_key,
            cursor: r.cursor,
            anchor: r.anchor,
            source: r.source,
            snippet: r.snippet,
          });
      }
      return hits.slice(0, limit);
    },
  };
}
