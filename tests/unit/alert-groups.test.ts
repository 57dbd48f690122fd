import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { groupAlerts, isUnread, NO_MARKS } from "@/lib/alert-groups";
import type { Alert } from "@/lib/alerts";

const failed = (hopId: string, at: number, target = "agent:main:b"): Alert => ({
  alertId: `failed_hop:${hopId}`,
  kind: "failed_hop",
  rootRunId: `root-${hopId}`,
  hopId,
  message: `Handoff rejected: agent:main:a → ${target} (${hopId})`,
  sessions: ["agent:main:a", target],
  at,
  breaksAt: null,
  endedAt: null,
});

describe("alert groups", () => {
  it("shows the same condition on the same sessions once, with its count and last time", () => {
    const groups = groupAlerts([
      failed("h1", 10),
      failed("h3", 30),
      failed("h2", 20),
      failed("x", 25, "agent:main:c"),
    ]);
    assert.equal(groups.length, 2);
    assert.deepEqual(
      groups.map((g) => [g.count, g.firstAt, g.lastAt, g.latest.hopId]),
      [
        [3, 10, 30, "h3"],
        [1, 25, 25, "x"],
      ],
    );
  });

  it("is new again when raised after it was acknowledged, and never while muted", () => {
    const [group] = groupAlerts([failed("h1", 10)]);
    assert.equal(isUnread(group!, NO_MARKS), true);
    assert.equal(isUnread(group!, { acked: { [group!.key]: 10 }, muted: {} }), false);
    const [later] = groupAlerts([failed("h1", 10), failed("h2", 40)]);
    assert.equal(isUnread(later!, { acked: { [group!.key]: 10 }, muted: {} }), true);
    assert.equal(isUnread(later!, { acked: {}, muted: { [group!.key]: true } }), false);
  });
});
