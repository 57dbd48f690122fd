import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InboundFrame } from "@/server/gateway/frames";

// From the repo root (where npm scripts and Playwright run): Playwright loads specs as CommonJS, without import.meta.
const FIXTURES = join(process.cwd(), "tests", "fixtures");

/** One cold A → B handoff on a fresh gateway: all 105 frames an operator received (docs/architecture.md). */
export const HANDOFF_FIXTURE = join(FIXTURES, "openclaw-2026.9.6-handoff-a-to-b.jsonl");

/** Chain, caller release, rejection and fire-and-forget, recorded by tests/integration/openclaw/handoffs.ts. */
export const SCENARIO_FIXTURE = join(FIXTURES, "openclaw-2026.9.6-handoff-scenarios.jsonl");

/** A recording by scenario name, e.g. `send-busy-wait` (tests/fixtures/openclaw-2026.9.6-<name>.jsonl). */
export function recording(scenario: string): string {
  return join(FIXTURES, `openclaw-2026.9.6-${scenario}.jsonl`);
}

/** The event frames of a recording (`{recvAt, frame}` per line), as the bridge hands them on. */
export function loadRecordedFrames(file: string): InboundFrame[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map(
      (line) =>
        JSON.parse(line) as { recvAt: number; frame: { type: string; event?: string; payload?: unknown } },
    )
    .filter((line) => line.frame.type === "event" && typeof line.frame.event === "string")
    .map((line) => ({ event: line.frame.event!, payload: line.frame.payload, receivedAt: line.recvAt }));
}
