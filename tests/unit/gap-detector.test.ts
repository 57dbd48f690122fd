import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createGapDetector } from "@/server/recovery/gap-detector";

const subscribed = (at: number, bootId: string, bootedAt: number) =>
  ({ type: "subscribed", at, bootId, bootedAt }) as const;

describe("telling gaps in the live stream", () => {
  it("tells nothing on a fresh store's first subscription", () => {
    assert.equal(createGapDetector(null).link(subscribed(10, "b1", 0)), null);
  });

  it("tells Switchboard's own downtime from the newest stored event, and a gateway restart inside it", () => {
    const gap = createGapDetector(100).link(subscribed(500, "b1", 300));
    assert.deepEqual(gap, { from: 100, to: 500, reason: "switchboard_downtime", restartedAt: 300 });
  });

  it("tells a restart by the new bootId (the frame seq restarts, so no seq jump shows it)", () => {
    const detector = createGapDetector(null);
    detector.link(subscribed(10, "b1", 0));
    detector.link({ type: "lost", at: 20 });
    detector.link({ type: "lost", at: 25 }); // retries while the gateway is down
    assert.deepEqual(detector.link(subscribed(40, "b2", 35)), {
      from: 20,
      to: 40,
      reason: "gateway_restart",
      restartedAt: 35,
    });
  });

  it("tells a plain disconnect when the same gateway answers again", () => {
    const detector = createGapDetector(null);
    detector.link(subscribed(10, "b1", 0));
    detector.link({ type: "lost", at: 20 });
    assert.deepEqual(detector.link(subscribed(30, "b1", 0)), {
      from: 20,
      to: 30,
      reason: "disconnect",
      restartedAt: null,
    });
    assert.equal(detector.link(subscribed(31, "b1", 0)), null, "told once");
  });

  it("tells a frame seq jump from the last frame before it", () => {
    const detector = createGapDetector(null);
    detector.link(subscribed(10, "b1", 0));
    detector.frame(15);
    assert.deepEqual(detector.link({ type: "seq_jump", at: 18, expected: 4, received: 9 }), {
      from: 15,
      to: 18,
      reason: "seq_jump",
      restartedAt: null,
    });
  });
});
