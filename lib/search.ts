import { z } from "zod";
import { oneLine, runHref, sessionHref, shortId } from "./format";

/**
 * One thing search found: a session (by key or label), a run or a hop (by id), or a piece of
 * text inside a run (a message, a tool's arguments or result, a reply), with a short snippet.
 */
export const SearchHit = z.discriminatedUnion("type", [
  z.object({ type: z.literal("session"), sessionKey: z.string(), label: z.string().nullable() }),
  z.object({ type: z.literal("run"), runId: z.string(), sessionKey: z.string(), status: z.string() }),
  z.object({
    type: z.literal("hop"),
    hopId: z.string(),
    callerRunId: z.string(),
    callerSessionKey: z.string(),
    targetSessionKey: z.string().nullable(),
  }),
  z.object({
    type: z.literal("text"),
    runId: z.string(),
    sessionKey: z.string(),
    cursor: z.number().int(),
    /** The run page's hash that shows it (`tool-<id>`, `event-<seq>`), when it has one. */
    anchor: z.string().nullable(),
    /** What the text is: message, tool (arguments or result) or reply. */
    source: z.string(),
    snippet: z.string(),
  }),
]);
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchResponse = z.object({ hits: z.array(SearchHit) });
export type SearchResponse = z.infer<typeof SearchResponse>;

/** Where a hit opens: a session's page, a run's page, a hop's call in its caller's timeline, or the text's event. */
export function searchHitHref(hit: SearchHit): string {
  switch (hit.type) {
    case "session":
      return sessionHref(hit.sessionKey);
    case "run":
      return runHref(hit.runId);
    case "hop":
      return `${runHref(hit.callerRunId)}?view=chain`;
    case "text":
      return `${runHref(hit.runId)}${hit.anchor ? `#${hit.anchor}` : ""}`;
  }
}

/** How the palette shows a hit: what it is, its main text and a quieter detail line. */
export function searchHitWords(hit: SearchHit): { kind: string; title: string; detail: string } {
  switch (hit.type) {
    case "session":
      return { kind: "session", title: hit.label ?? hit.sessionKey, detail: hit.sessionKey };
    case "run":
      return { kind: "run", title: hit.runId, detail: `${hit.status} · ${hit.sessionKey}` };
    case "hop":
      return {
        kind: "hop",
        title: hit.hopId,
        detail: `${hit.callerSessionKey} → ${hit.targetSessionKey ?? "no session"}`,
      };
    case "text":
      return {
        kind: hit.source,
        title: oneLine(hit.snippet, 140),
        detail: `run ${shortId(hit.runId)} · ${hit.sessionKey}`,
      };
  }
}

/** A stable key for a hit (lists and the palette's selection). */
export function searchHitKey(hit: SearchHit): string {
  return hit.type === "text" ? `text:${hit.cursor}` : `${hit.type}:${searchHitHref(hit)}`;
}
