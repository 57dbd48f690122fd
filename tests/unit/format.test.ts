import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  formatAbsolute,
  formatClock,
  formatDuration,
  formatLiveDuration,
  formatRelative,
  oneLine,
  previewValue,
  prettyJson,
  resultText,
  secondsUntil,
  decodeSegment,
  sessionHref,
  sessionLabels,
  shortId,
} from "@/lib/format";

describe("format", () => {
  it("formats durations densely", () => {
    assert.equal(formatDuration(850), "850 ms");
    assert.equal(formatDuration(4260), "4.2 s");
    assert.equal(formatDuration(37_900), "37 s");
    assert.equal(formatDuration(4 * 60_000 + 5_000), "4 m 05 s");
    assert.equal(formatDuration(2 * 3_600_000 + 7 * 60_000), "2 h 07 m");
    assert.equal(formatDuration(-5), "0 ms");
    assert.equal(formatLiveDuration(-300), "0 s");
    assert.equal(formatLiveDuration(7_900), "7 s");
    assert.equal(formatLiveDuration(61_000), "1 m 01 s");
  });

  it("formats relative times in both directions", () => {
    const now = 1_000_000_000;
    assert.equal(formatRelative(now - 500, now), "just now");
    assert.equal(formatRelative(now - 12_000, now), "12 s ago");
    assert.equal(formatRelative(now - 3 * 60_000, now), "3 min ago");
    assert.equal(formatRelative(now - 2 * 3_600_000, now), "2 h ago");
    assert.equal(formatRelative(now - 4 * 86_400_000, now), "4 d ago");
    assert.equal(formatRelative(now + 5_000, now), "in 5 s");
    assert.equal(secondsUntil(now + 2_100, now), 3);
    assert.equal(secondsUntil(now - 1, now), 0);
  });

  it("formats absolute local times", () => {
    assert.match(formatAbsolute(Date.UTC(2026, 0, 5, 14, 3, 22)), /^2026-01-0[45] \d{2}:\d{2}:22$/);
    assert.match(formatClock(Date.UTC(2026, 0, 5, 14, 3, 22)), /^\d{2}:\d{2}:22$/);
  });

  it("previews values on one line", () => {
    assert.equal(oneLine("a\n  b\tc", 10), "a b c");
    assert.equal(oneLine("abcdefghij", 5), "abcd…");
    assert.equal(
      previewValue({ sessionKey: "agent:main:a", message: "hi\nthere", n: 2 }, 100),
      "sessionKey: agent:main:a, message: hi there, n: 2",
    );
    assert.equal(previewValue([1, 2], 100), "[1,2]");
    assert.equal(previewValue(undefined, 100), "");
  });

  it("shows tool results as their text parts, or as JSON", () => {
    assert.equal(
      resultText({
        content: [{ type: "text", text: "one" }, { type: "image" }, { type: "text", text: "two" }],
      }),
      "one\ntwo",
    );
    assert.equal(resultText("plain"), "plain");
    assert.equal(resultText({ ok: true }), '{\n  "ok": true\n}');
    assert.equal(prettyJson(undefined), "");
  });

  it("builds paths and labels", () => {
    assert.equal(sessionHref("agent:main:a b"), "/sessions/agent%3Amain%3Aa%20b");
    assert.equal(decodeSegment("agent%3Amain%3Ax%2541"), "agent:main:x%41");
    assert.equal(decodeSegment("bad%E0%A4%A"), "bad%E0%A4%A");
    assert.equal(shortId("0123456789abcdef"), "01234567");
    const labels = sessionLabels([
      {
        sessionKey: "k1",
        agentId: null,
        label: "Alpha",
        displayName: null,
        kind: null,
        channel: null,
        gatewayStatus: null,
        runs: 0,
        activeRuns: 0,
        lastActivityAt: null,
      },
      {
        sessionKey: "k2",
        agentId: null,
        label: null,
        displayName: null,
        kind: null,
        channel: null,
        gatewayStatus: null,
        runs: 0,
        activeRuns: 0,
        lastActivityAt: null,
      },
    ]);
    assert.deepEqual([...labels], [["k1", "Alpha"]]);
  });
});
