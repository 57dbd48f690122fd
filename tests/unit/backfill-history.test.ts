import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import type { DraftEvent } from "@/lib/timeline";
import { HistoryRow } from "@/server/gateway/frames";
import { normalizeFrame } from "@/server/timeline/normalize";
import { normalizeHistory } from "@/server/timeline/normalize-history";
import { HANDOFF_FIXTURE, loadRecordedFrames } from "../support/fixture-frames";

/** The `chat.history` answers of the recording, per session (the real gateway's rows). */
function recordedHistories(file: string): Map<string, HistoryRow[]> {
  const histories = new Map<string, HistoryRow[]>();
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const { frame } = JSON.parse(line) as {
      frame: { type: string; payload?: { sessionKey?: string; messages?: unknown[] } };
    };
    const p = frame.type === "res" ? frame.payload : undefined;
    if (p?.sessionKey && p.messages)
      histories.set(
        p.sessionKey,
        p.messages.map((m) => HistoryRow.parse(m)),
      );
  }
  return histories;
}

const live = loadRecordedFrames(HANDOFF_FIXTURE).flatMap(normalizeFrame);
const histories = recordedHistories(HANDOFF_FIXTURE);
const backfill = [...histories].flatMap(([key, rows]) => normalizeHistory(key, rows, 0));
const keys = (events: DraftEvent[]) => new Set(events.map((e) => e.dedupeKey));

describe("backfilling from chat.history (recorded A → B handoff on the real gateway)", () => {
  it("reads both sessions' transcripts", () => {
    assert.deepEqual([...histories.keys()].sort(), ["agent:main:e2e-a", "agent:main:e2e-b"]);
  });

  it("keys every tool call, transcript message and run ending the way the live frames did: nothing stored twice", () => {
    const liveKeys = keys(live);
    const reconciled = backfill.filter((e) => e.kind === "tool" || e.kind === "message" || e.kind === "chat");
    assert.ok(reconciled.length >= 10);
    const unmatched = reconciled.filter((e) => !liveKeys.has(e.dedupeKey)).map((e) => e.dedupeKey);
    assert.deepEqual(unmatched, []);
  });

  it("gives back each run's tool calls with arguments and results, and its final text, marked backfilled", () => {
    const tools = backfill.filter((e) => e.kind === "tool");
    const calls = (events: DraftEvent[]) =>
      events.flatMap((e) => (e.kind === "tool" ? [`${e.runId}:${e.toolCallId}:${e.phase}`] : [])).sort();
    assert.deepEqual(calls(tools), calls(live));
    const start = tools.find((e) => e.kind === "tool" && e.phase === "start");
    assert.equal(
      start?.kind === "tool" && (start.args as { sessionKey: string }).sessionKey,
      "agent:main:e2e-b",
    );
    const endings = backfill.filter((e) => e.kind === "chat");
    const liveFinals = live.filter((e) => e.kind === "chat" && e.state === "final" && e.text);
    assert.deepEqual(
      endings.map((e) => e.kind === "chat" && e.text).sort(),
      liveFinals.map((e) => e.kind === "chat" && e.text).sort(),
    );
    assert.ok(backfill.every((e) => e.backfilled === true));
  });

  it("is pure: the same rows give the same keys, so a second backfill adds nothing", () => {
    const again = [...histories].flatMap(([key, rows]) => normalizeHistory(key, rows, 999));
    assert.deepEqual([...keys(again)], [...keys(backfill)]);
  });
});
