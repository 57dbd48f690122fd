import { z } from "zod";

import { PLAN_MARKER } from "@/lib/demo-script";

export { PLAN_MARKER };

/** Optional pause before the step's response starts, to keep a run visibly busy. */
const sleepMs = z.number().int().nonnegative().optional();

const ToolStep = z
  .object({ tool: z.string().min(1), args: z.record(z.string(), z.unknown()).default({}), sleepMs })
  .strict();

const TextStep = z
  .object({
    text: z.string(),
    chunkDelayMs: z.number().int().nonnegative().optional(),
    chunks: z.number().int().positive().optional(),
    sleepMs,
  })
  .strict();

export const PlanStep = z.union([ToolStep, TextStep]);
export type PlanStep = z.output<typeof PlanStep>;
/** What a plan author writes (`args` may be left out). */
export type PlanStepInput = z.input<typeof PlanStep>;

export type PlanReading = { ok: true; plan: PlanStep[] } | { ok: false; error: string };

/**
 * Reads the first plan in a prompt. The gateway wraps the prompt (timestamp prefix, trailing
 * `Runtime:` line), so the JSON array is cut out by bracket matching rather than by lines.
 * Returns undefined when the prompt carries no plan.
 */
export function readPlan(prompt: string): PlanReading | undefined {
  const marker = prompt.indexOf(PLAN_MARKER);
  if (marker < 0) return undefined;
  const json = sliceJsonArray(prompt, marker + PLAN_MARKER.length);
  if (json === undefined) return { ok: false, error: `no complete JSON array after ${PLAN_MARKER}` };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, error: `invalid JSON: ${(error as Error).message}` };
  }
  const parsed = z.array(PlanStep).safeParse(raw);
  return parsed.success
    ? { ok: true, plan: parsed.data }
    : { ok: false, error: z.prettifyError(parsed.error) };
}

/** Returns the balanced `[...]` starting at the first `[` at or after `from`, skipping brackets inside strings. */
function sliceJsonArray(text: string, from: number): string | undefined {
  const start = text.indexOf("[", from);
  if (start < 0) return undefined;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") depth++;
    else if ((ch === "]" || ch === "}") && --depth === 0) return text.slice(start, i + 1);
  }
  return undefined;
}
