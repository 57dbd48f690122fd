import { z } from "zod";

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
