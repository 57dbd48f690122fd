import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { gapSentence, type Gap } from "@/lib/gaps";

const gap: Gap = {
  id: "g1",
  from: Date.UTC(2026, 11, 2, 4, 0, 0),
  to: Date.UTC(2026, 11, 2, 4, 0, 30),
  reason: "gateway_restart",
  recovered: null,
  unrecoverable: [],
};

describe("a gap told in words", () => {
  it("says it is resyncing while the backfill runs", () => {
    assert.equal(
      gapSentence(gap),
      "Live events missed from 04:00:00 to 04:00:30 UTC (gateway restarted); resyncing from the gateway…",
    );
  });

  it("says what came back, and what could not", () => {
    const filled = { ...gap, recovered: { runs: 1, events: 4, toolCalls: 2 }, unrecoverable: ["text lost"] };
    assert.match(gapSentence(filled), /; resynced 1 run, 2 tool calls; text lost$/);
  });

  it("says it was not resynced, and why, when the gateway never answered", () => {
    const unfilled = { ...gap, unrecoverable: ["the gateway did not answer the backfill: busy"] };
    assert.match(gapSentence(unfilled), /; not resynced: the gateway did not answer the backfill: busy$/);
  });
});
