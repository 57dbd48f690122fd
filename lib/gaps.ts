import { z } from "zod";

/**
 * Why Switchboard did not see live events for a while. `store_unavailable`: the events came,
 * but the database refused them (locked, disk full) longer than Switchboard could hold them.
 */
export const GapReason = z.enum([
  "disconnect",
  "gateway_restart",
  "seq_jump",
  "switchboard_downtime",
  "store_unavailable",
]);
export type GapReason = z.infer<typeof GapReason>;

/** A stretch of time whose live events Switchboard missed, and what it got back afterwards. */
export const Gap = z.object({
  id: z.string(),
  /** Epoch ms: the last moment Switchboard is sure it saw everything. */
  from: z.number(),
  /** Epoch ms: when live events flowed again. */
  to: z.number(),
  reason: GapReason,
  /** Null while the backfill is still running. */
  recovered: z
    .object({
      runs: z.number().int().nonnegative(),
      events: z.number().int().nonnegative(),
      toolCalls: z.number().int().nonnegative(),
    })
    .nullable(),
  /** What the gateway cannot give back, in words. */
  unrecoverable: z.array(z.string()),
});
export type Gap = z.infer<typeof Gap>;

export const GapsResponse = z.object({ gaps: z.array(Gap) });
export type GapsResponse = z.infer<typeof GapsResponse>;

const REASON_WORDS: Record<GapReason, string> = {
  disconnect: "the connection to the gateway dropped",
  gateway_restart: "gateway restarted",
  seq_jump: "the gateway skipped events",
  switchboard_downtime: "Switchboard was not running",
  store_unavailable: "the database refused writes",
};

/** "12:01:02" in UTC: the words of banners and run endings, the same on every screen. */
export function clockTime(ms: number): string {
  return new Date(ms).toISOString().slice(11, 19);
}

/** The banner's sentence for one gap. */
export function gapSentence(gap: Gap): string {
  const head = `Live events missed from ${clockTime(gap.from)} to ${clockTime(gap.to)} UTC (${REASON_WORDS[gap.reason]})`;
  if (!gap.recovered)
    return gap.unrecoverable.length > 0
      ? `${head}; not resynced: ${gap.unrecoverable.join("; ")}`
      : `${head}; resyncing from the gateway…`;
  const { runs, toolCalls } = gap.recovered;
  const lost = gap.unrecoverable.length > 0 ? `; ${gap.unrecoverable.join("; ")}` : "";
  return `${head}; resynced ${runs} run${runs === 1 ? "" : "s"}, ${toolCalls} tool call${toolCalls === 1 ? "" : "s"}${lost}`;
}

/** Whether a gap cut into the time span of a run (or any span): the pages it concerns. */
export function gapOverlaps(gap: Gap, from: number | null, to: number | null): boolean {
  return gap.from <= (to ?? Number.POSITIVE_INFINITY) && gap.to >= (from ?? 0);
}
