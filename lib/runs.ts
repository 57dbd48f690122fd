import { z } from "zod";

/**
 * A run's life as Switchboard shows it; `queued` until its lifecycle start arrives.
 * `interrupted`: the gateway lost the run (it restarted, or no longer has it) before it ended.
 */
export const RunStatus = z.enum(["queued", "running", "completed", "failed", "aborted", "interrupted"]);
export type RunStatus = z.infer<typeof RunStatus>;

export const TERMINAL_RUN_STATUSES: readonly RunStatus[] = ["completed", "failed", "aborted", "interrupted"];

/**
 * Where a message went when the gateway did not run it under its own send id, because the
 * session was busy: it waits as the session's next turn (`queued`, later carried by a run of
 * its own id), it joined the running turn (`steered`), or it was merged with other waiting
 * messages into one later run that no id links to it (`collected`: never guessed).
 */
export const SendRoute = z.object({
  disposition: z.enum(["queued", "steered", "collected"]),
  /** When the session accepted it. */
  acceptedAt: z.number().nullable(),
  /** The run it waits (or waited) behind: the session's running run when it was accepted. */
  behindRunId: z.string().nullable(),
  /** The run that carries it, once known. */
  carrierRunId: z.string().nullable(),
});
export type SendRoute = z.infer<typeof SendRoute>;

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
  /**
   * Set when this id is a send the gateway did not run under its own id: status, times and
   * reply are then those of the run that carries it (none of it while it waits). Such an id
   * is not listed as a run.
   */
  route: SendRoute.nullable().default(null),
});
export type RunSummary = z.infer<typeof RunSummary>;

const limit = z.coerce.number().int().min(1).max(200).default(50);

export const RunsQuery = z.object({
  session: z.string().min(1).optional(),
  status: RunStatus.optional(),
  agent: z.string().min(1).optional(),
  /** Runs that called this tool. */
  tool: z.string().min(1).optional(),
  /** Started (or, before their start is known, last updated) within [since, until], epoch ms. */
  since: z.coerce.number().int().nonnegative().optional(),
  until: z.coerce.number().int().nonnegative().optional(),
  /** `yes`: runs that sent or ran a hop; `no`: runs that did neither. */
  handoffs: z.enum(["yes", "no"]).optional(),
  limit,
  /** Opaque cursor from a previous page's `nextCursor`. */
  before: z.string().min(1).optional(),
});
export type RunsQuery = z.infer<typeof RunsQuery>;

/** How many hops a run sent (`out`) and ran as their target (`in`). */
export const HopCounts = z.object({
  out: z.number().int().nonnegative(),
  in: z.number().int().nonnegative(),
});
export type HopCounts = z.infer<typeof HopCounts>;

export const RunsPage = z.object({
  runs: z.array(RunSummary),
  nextCursor: z.string().nullable(),
  /** Hop counts of the listed runs that have any, by run id. */
  hops: z.record(z.string(), HopCounts).default({}),
});
export type RunsPage = z.infer<typeof RunsPage>;

export const RunResponse = z.object({ run: RunSummary });
export type RunResponse = z.infer<typeof RunResponse>;
