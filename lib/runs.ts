import { z } from "zod";

/** A run's life as Switchboard shows it; `queued` until its lifecycle start arrives. */
export const RunStatus = z.enum(["queued", "running", "completed", "failed", "aborted"]);
export type RunStatus = z.infer<typeof RunStatus>;

export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ["completed", "failed", "aborted"];

/** One agent turn in one session, as projected from its events. Times are epoch ms. */
export const RunSummary = z.object({
  runId: z.string(),
  sessionKey: z.string(),
  agentId: z.string().nullable(),
  status: RunStatus,
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  updatedAt: z.number(),
  toolCalls: z.number().int().nonnegative(),
  /** The final reply text (or the latest streamed text while running), for previews. */
  reply: z.string().nullable(),
  error: z.string().nullable(),
  /** Cursor of the newest stored event of this run: lets a page know what it has seen. */
  lastCursor: z.number().int().nonnegative(),
});
export type RunSummary = z.infer<typeof RunSummary>;

const limit = z.coerce.number().int().min(1).max(200).default(50);

export const RunsQuery = z.object({
  session: z.string().min(1).optional(),
  status: RunStatus.optional(),
  limit,
  /** Opaque cursor from a previous page's `nextCursor`. */
  before: z.string().min(1).optional(),
});
export type RunsQuery = z.infer<typeof RunsQuery>;

export const RunsPage = z.object({ runs: z.array(RunSummary), nextCursor: z.string().nullable() });
export type RunsPage = z.infer<typeof RunsPage>;

export const RunResponse = z.object({ run: RunSummary });
export type RunResponse = z.infer<typeof RunResponse>;
