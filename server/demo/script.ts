import { readPlan, type PlanStep } from "./script-plan";
import {
  countToolResultsAfter,
  findPrompt,
  isReplyStep,
  unwrapPrompt,
  type ChatRequest,
} from "./script-messages";

/** What the scripted model answers next. `delayMs` is a pause before the answer starts. */
export type ScriptAction =
  | { type: "text"; text: string; chunkDelayMs: number; chunks: number; delayMs: number }
  | { type: "tool"; name: string; args: Record<string, unknown>; delayMs: number };

/** Ping-pong replies end the agent-to-agent loop when they are exactly this. */
export const REPLY_SKIP = "REPLY_SKIP";
const DEFAULT_CHUNK_DELAY_MS = 60;
const DEFAULT_CHUNKS = 4;
const NOTED_PREFIX_CHARS = 60;

/**
 * The whole script, as a pure function of the request: the prompt's plan, advanced by one step
 * per tool result that came back since the prompt. Everything without a plan gets a short text.
 */
export function nextAction(request: ChatRequest): ScriptAction {
  if (!request.tools?.length) return text("OK.");
  const prompt = findPrompt(request.messages);
  if (!prompt) return text("Noted.");
  if (isReplyStep(request.messages)) return text(REPLY_SKIP);
  const reading = readPlan(prompt.text);
  if (!reading) return noted(prompt.text);
  if (!reading.ok) return text(`SB-PLAN error: ${reading.error}`);
  const step = reading.plan[countToolResultsAfter(request.messages, prompt.index)];
  return step ? stepAction(step) : noted(prompt.text);
}

function stepAction(step: PlanStep): ScriptAction {
  const delayMs = step.sleepMs ?? 0;
  if ("tool" in step) return { type: "tool", name: step.tool, args: step.args, delayMs };
  return {
    type: "text",
    text: step.text,
    chunkDelayMs: step.chunkDelayMs ?? DEFAULT_CHUNK_DELAY_MS,
    chunks: step.chunks ?? DEFAULT_CHUNKS,
    delayMs,
  };
}

function text(value: string): ScriptAction {
  return { type: "text", text: value, chunkDelayMs: 0, chunks: 1, delayMs: 0 };
}

/** Announce turns (a target's reply delivered back to the caller) and plain prompts end here. */
function noted(prompt: string): ScriptAction {
  return text(`Noted: ${unwrapPrompt(prompt).replace(/\s+/g, " ").slice(0, NOTED_PREFIX_CHARS)}`);
}
