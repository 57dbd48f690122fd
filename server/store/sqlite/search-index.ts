import type { DatabaseSync } from "node:sqlite";
import type { SearchHit } from "@/lib/search";
import type { TimelineEvent } from "@/lib/timeline";
import { anchorOf, searchableText } from "../search-text";

/**
 * What a person types, as an FTS5 query: each word a quoted phrase (so `:`, `-` or `"` mean
 * nothing special), the last one a prefix, all of them required.
 */
export function ftsQuery(input: string): string | null {
  const words = input.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w.replaceAll('"', '""')}"${i === words.length - 1 ? "*" : ""}`).join(" ");
}

/**
 * Search over the embedded store: sessions by key or label, runs and hops by id (prefix), and
 * the SQLite FTS5 index `event_text` over messages, tool arguments and results, and replies,
 * which commitBatch feeds in the same transaction as the events.
 */
export function createSearchIndex(db: DatabaseSync) {
  const sql = {
    insert: db.prepare(
      "INSERT INTO event_text (text, source, run_id, session_key, cursor, anchor) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    sessions: db.prepare(`SELECT session_key, COALESCE(display_name, label) AS label FROM sessions
      WHERE instr(lower(session_key), lower(?1)) > 0 OR instr(lower(COALESCE(display_name, label, '')), lower(?1)) > 0
      ORDER BY last_activity_at DESC NULLS LAST LIMIT ?2`),
    runs: db.prepare(
      "SELECT run_id, session_key, status FROM runs WHERE run_id >= ?1 AND run_id < ?1 || char(1114111) LIMIT ?2",
    ),
    hops: db.prepare(`SELECT hop_id, json_extract(hop, '$.callerRunId') AS caller_run, caller_session, target_session
      FROM hops WHERE hop_id >= ?1 AND hop_id < ?1 || char(1114111) LIMIT ?2`),
    text: db.prepare(`SELECT run_id, session_key, cursor, anchor, source, snippet(event_text, 0, '', '', '…', 12) AS snippet
      FROM event_text WHERE event_text MATCH ?1 ORDER BY rank LIMIT ?2`),
  };

  return {
    /** Indexes the searchable words of newly stored events (call inside commitBatch's transaction). */
    index(events: readonly TimelineEvent[]): void {
      for (const event of events) {
        const found = searchableText(event);
        if (found)
          sql.insert.run(
            found.text,
            found.source,
            event.runId,
            event.sessionKey,
            event.cursor,
            anchorOf(event),
          );
      }
    },
    async search(query: string, limit: number): Promise<SearchHit[]> {
      const q = query.trim();
      if (!q) return [];
      const hits: SearchHit[] = [
        ...(sql.sessions.all(q, limit) as { session_key: string; label: string | null }[]).map(
          (r): SearchHit => ({ type: "session", sessionKey: r.session_key, label: r.label }),
        ),
        ...(sql.runs.all(q, limit) as { run_id: string; session_key: string; status: string }[]).map(
          (r): SearchHit => ({ type: "run", runId: r.run_id, sessionKey: r.session_key, status: r.status }),
        ),
        ...(
          sql.hops.all(q, limit) as {
            hop_id: string;
            caller_run: string;
            caller_session: string;
            target_session: string | null;
          }[]
        ).map((r): SearchHit => ({
          type: "hop",
          hopId: r.hop_id,
          callerRunId: r.caller_run,
          callerSessionKey: r.caller_session,
          targetSessionKey: r.target_session,
        })),
      ];
      const match = ftsQuery(q);
      if (match && hits.length < limit) {
        const rows = sql.text.all(match, limit - hits.length) as {
          run_id: string;
          session_key: string;
          cursor: number;
          anchor: string | null;
          source: string;
          snippet: string;
        }[];
        for (const r of rows)
          hits.push({
            type: "text",
            runId: r.run_id,
            sessionKey: r.session_key,
            cursor: Number(r.cursor),
            anchor: r.anchor,
            source: r.source,
            snippet: r.snippet,
          });
      }
      return hits.slice(0, limit);
    },
  };
}
