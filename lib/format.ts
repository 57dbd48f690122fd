import type { SessionSummary } from "./sessions";
import { legibleText } from "./legible-text";

/** Pure formatting for the UI: durations, relative and absolute times, one-line previews. */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "850 ms", "4.2 s", "37 s", "4 m 05 s", "2 h 07 m". Negative spans count as zero. */
export function formatDuration(ms: number): string {
  const span = Math.max(0, Math.round(ms));
  if (span < SECOND) return `${span} ms`;
  if (span < 10 * SECOND) return `${(Math.floor(span / 100) / 10).toFixed(1)} s`;
  if (span < MINUTE) return `${Math.floor(span / SECOND)} s`;
  if (span < HOUR) return `${Math.floor(span / MINUTE)} m ${pad2(Math.floor((span % MINUTE) / SECOND))} s`;
  return `${Math.floor(span / HOUR)} h ${pad2(Math.floor((span % HOUR) / MINUTE))} m`;
}

/** A duration that is still growing, ticked once a second: whole seconds, "0 s", "7 s", then as above. */
export function formatLiveDuration(ms: number): string {
  const span = Math.max(0, ms);
  return span < MINUTE ? `${Math.floor(span / SECOND)} s` : formatDuration(span);
}

/** "just now", "12 s ago", "3 min ago", "2 h ago", "4 d ago"; a future time reads "in 5 s". */
export function formatRelative(ts: number, now: number): string {
  const diff = now - ts;
  const span = Math.abs(diff);
  if (span < 2 * SECOND) return "just now";
  const amount =
    span < MINUTE
      ? `${Math.floor(span / SECOND)} s`
      : span < HOUR
        ? `${Math.floor(span / MINUTE)} min`
        : span < DAY
          ? `${Math.floor(span / HOUR)} h`
          : `${Math.floor(span / DAY)} d`;
  return diff >= 0 ? `${amount} ago` : `in ${amount}`;
}

/** Whole seconds until `ts`, never below zero: for retry countdowns. */
export function secondsUntil(ts: number, now: number): number {
  return Math.max(0, Math.ceil((ts - now) / SECOND));
}

/** Local "YYYY-MM-DD HH:MM:SS", for hover titles next to relative times. */
export function formatAbsolute(ts: number): string {
  const d = new Date(ts);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${formatClock(ts)}`;
}

/** Local "HH:MM:SS", for the time gutter of a timeline. */
export function formatClock(ts: number): string {
  const d = new Date(ts);
  return `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
}

/** Collapses whitespace to single spaces and cuts to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = legibleText(text).replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, Math.max(0, max - 1))}…` : flat;
}

/** A one-line preview of any JSON value: `key: value` pairs for objects, the text for strings. */
export function previewValue(value: unknown, max: number): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return oneLine(value, max);
  if (isPlainObject(value)) {
    const parts = Object.entries(value).map(
      ([k, v]) => `${k}: ${typeof v === "string" ? v : compactJson(v)}`,
    );
    return oneLine(parts.join(", "), max);
  }
  return oneLine(compactJson(value), max);
}

/** Indented JSON for the expanded view; strings are shown as they are (hidden characters marked). */
export function prettyJson(value: unknown): string {
  if (value === undefined) return "";
  if (typeof value === "string") return legibleText(value);
  return legibleText(JSON.stringify(value, null, 2) ?? String(value));
}

/**
 * The readable part of a tool result: the text parts of `{ content: [{ type: "text", text }] }`
 * (the gateway's tool result shape), a string as it is, anything else as indented JSON.
 */
export function resultText(result: unknown): string {
  if (isPlainObject(result) && Array.isArray(result.content)) {
    const texts = result.content.flatMap((part) =>
      isPlainObject(part) && typeof part.text === "string" ? [part.text] : [],
    );
    if (texts.length > 0) return legibleText(texts.join("\n"));
  }
  return prettyJson(result);
}

/** `1,234`. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

/** The first characters of an id, enough to tell runs apart in a dense table. */
export function shortId(id: string, length = 8): string {
  return id.length > length ? id.slice(0, length) : id;
}

/** The name a person (or the gateway) gave a session, if any. */
export function sessionLabel(session: Pick<SessionSummary, "displayName" | "label">): string | null {
  const label = session.displayName ?? session.label;
  return label === null ? null : legibleText(label);
}

/** Labels by session key, for the sessions that have one. */
export function sessionLabels(sessions: readonly SessionSummary[]): Map<string, string> {
  return new Map(
    sessions.flatMap((s) => {
      const label = sessionLabel(s);
      return label ? [[s.sessionKey, label] as const] : [];
    }),
  );
}

/** The app path of a session page; keys contain `:` and may contain anything else. */
export function sessionHref(sessionKey: string): string {
  return `/sessions/${encodeURIComponent(sessionKey)}`;
}

/** A URL path segment as the text it encodes; a malformed escape is kept as written. */
export function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** The app path of a run page. */
export function runHref(runId: string): string {
  return `/runs/${encodeURIComponent(runId)}`;
}

/** A tool call's place in its run's timeline (the tool card carries the matching id). */
export function toolCallHref(runId: string, toolCallId: string): string {
  return `${runHref(runId)}#${toolCallAnchor(toolCallId)}`;
}

/** The element id of a tool call's card. */
export function toolCallAnchor(toolCallId: string): string {
  return `tool-${encodeURIComponent(toolCallId)}`;
}

function compactJson(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
