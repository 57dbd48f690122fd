import type { Hop } from "@/lib/hops";

const iso = (ms: number | null) => (ms === null ? "" : new Date(ms).toISOString());

const COLUMNS: [string, (hop: Hop) => string | number | null][] = [
  ["hop_id", (h) => h.hopId],
  ["kind", (h) => h.kind],
  ["state", (h) => h.state],
  ["caller_session", (h) => h.callerSessionKey],
  ["caller_run", (h) => h.callerRunId],
  ["target_session", (h) => h.targetSessionKey],
  ["target_label", (h) => h.targetLabel],
  ["target_run", (h) => h.targetRunId],
  ["depth", (h) => h.depth],
  ["sent_at", (h) => iso(h.timestamps.sentAt)],
  ["accepted_at", (h) => iso(h.timestamps.acceptedAt)],
  ["started_at", (h) => iso(h.timestamps.startedAt)],
  ["ended_at", (h) => iso(h.timestamps.endedAt)],
  ["caller_released_at", (h) => iso(h.timestamps.callerReleasedAt)],
  ["replied_at", (h) => iso(h.timestamps.repliedAt)],
  ["queue_wait_ms", (h) => h.queueWaitMs],
  ["wait_seconds", (h) => h.waitSeconds],
  ["caller_status", (h) => h.callerStatus],
  ["error", (h) => h.error],
  ["message_preview", (h) => h.messagePreview],
];

/**
 * One cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run as
 * a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe. Agent text is untrusted.
 */
function cell(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** Hops as CSV (RFC 4180, CRLF line ends), one row each, with a header row. */
export function hopsToCsv(hops: readonly Hop[]): string {
  const rows = [
    COLUMNS.map(([name]) => name),
    ...hops.map((hop) => COLUMNS.map(([, read]) => cell(read(hop)))),
  ];
  return rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}
