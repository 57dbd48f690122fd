import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { TimelineEvent } from "@/lib/timeline";

/** Bodies longer than this (tool results, long text) are stored deflated, as a BLOB. */
const COMPRESS_FROM = 1024;

/** What the events table stores of an event: its columns, and a body with the rest. */
export interface EventRow {
  cursor: number;
  run_id: string;
  session_key: string;
  kind: string;
  ts: number;
  body: string | Uint8Array;
}

type Stored = Omit<TimelineEvent, "cursor">;

/**
 * The body leaves out what the row's columns already hold (run, session, kind, whole-ms
 * time), and is deflated when large. Rows written before kept everything in the body: they
 * read back the same, as the body's fields win.
 */
export function encodeBody(event: Stored): string | Uint8Array {
  const { runId: _run, sessionKey: _session, kind: _kind, ts, ...rest } = event;
  const json = JSON.stringify(Number.isInteger(ts) ? rest : { ...rest, ts });
  // Level 1: most of the saving of the default level at a fraction of its time on the hot path.
  return json.length < COMPRESS_FROM ? json : deflateRawSync(json, { level: 1 });
}

export function decodeRow(row: EventRow): TimelineEvent {
  const text = typeof row.body === "string" ? row.body : inflateRawSync(row.body).toString("utf8");
  const body = JSON.parse(text) as Partial<TimelineEvent>;
  return {
    runId: row.run_id,
    sessionKey: row.session_key,
    kind: row.kind,
    ts: Number(row.ts),
    ...body,
    cursor: Number(row.cursor),
  } as TimelineEvent;
}
