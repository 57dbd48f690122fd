import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { InboundFrame } from "@/server/gateway/frames";

/** The shared recordings live beside the repo (../shared/fixtures); ours in tests/fixtures. */
export const SHARED_HANDOFF = join(import.meta.dirname, "..", "..", "..", "shared", "fixtures", "openclaw-2026.9.6-handoff-a-to-b.jsonl");

/** Chain, caller release, rejection and fire-and-forget, recorded by tests/integration/bridge-openclaw.test.ts. */
export const SCENARIO_FIXTURE = join(import.meta.dirname, "..", "fixtures", "openclaw-2026.9.6-handoff-scenarios.jsonl");

/** The event frames of a recording (`{recvAt, frame}` per line), as the bridge hands them on. */
export function loadRecordedFrames(file: string): InboundFrame[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { recvAt: number; frame: { type: string; event?: string; payload?: unknown } })
    .filter((line) => line.frame.type === "event" && typeof line.frame.event === "string")
    .map((line) => ({ event: line.frame.event!, payload: line.frame.payload, receivedAt: line.recvAt }));
}
