import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { callerWaitEnd, hopWaits, receiptSteps } from "@/lib/hop-view";
import { hop } from "./helpers/hops";

const route = {
  caller: ["r1", "agent:main:a"] as [string, string],
  target: ["r2", "agent:main:b"] as [string, string],
};
const steps = (h: ReturnType<typeof hop>) =>
  receiptSteps(h).map((s) => `${s.state}:${s.tone}:${s.at ?? "-"}`);

describe("receiptSteps", () => {
  it("shows what happened and what is still ahead", () => {
    const h = hop("h", route.caller, route.target, "delivered", {
      timestamps: { sentAt: 1, deliveredAt: 2 },
    });
    assert.deepEqual(steps(h), [
      "sent:done:1",
      "delivered:done:2",
      "started:pending:-",
      "completed:pending:-",
    ]);
  });

  it("ends a failed hop in red and adds the reply when it came", () => {
    const failed = hop("h", route.caller, route.target, "failed", {
      timestamps: { sentAt: 1, deliveredAt: 2, startedAt: 3, endedAt: 4 },
    });
    assert.deepEqual(steps(failed).at(-1), "failed:bad:4");
    const replied = hop("h", route.caller, route.target, "replied", {
      timestamps: { sentAt: 1, deliveredAt: 2, startedAt: 3, endedAt: 4, repliedAt: 5 },
    });
    assert.deepEqual(steps(replied).slice(-2), ["completed:done:4", "replied:done:5"]);
  });

  it("stops a rejected hop after sent", () => {
    assert.deepEqual(steps(hop("h", route.caller, [null, "agent:main:gone"], "rejected")), [
      "sent:done:1000",
      "rejected:bad:-",
    ]);
  });
});

describe("hopWaits", () => {
  it("measures the queue, the run and the caller's wait, open-ended while they last", () => {
    const h = hop("h", route.caller, route.target, "started", {
      timestamps: { sentAt: 100, deliveredAt: 200, startedAt: 500 },
    });
    assert.deepEqual(hopWaits(h), {
      queue: { from: 200, to: 500 },
      run: { from: 500, to: null },
      caller: { from: 100, to: null },
    });
  });

  it("ends the caller's wait at its release, and has none for fire-and-forget", () => {
    const released = hop("h", route.caller, route.target, "caller_released", {
      callerStatus: "timeout",
      timestamps: { sentAt: 100, deliveredAt: 200, startedAt: 300, callerReleasedAt: 2100 },
    });
    assert.deepEqual(hopWaits(released).caller, { from: 100, to: 2100 });
    assert.equal(hopWaits(hop("h", route.caller, route.target, "sent", { waitSeconds: 0 })).caller, null);
  });

  it("closes spans of a finished hop that never started", () => {
    const h = hop("h", route.caller, route.target, "failed", {
      callerStatus: "error",
      timestamps: { sentAt: 100, deliveredAt: 200 },
    });
    assert.deepEqual(hopWaits(h), {
      queue: { from: 200, to: 200 },
      run: null,
      caller: { from: 100, to: 100 },
    });
  });
});

describe("callerWaitEnd", () => {
  it("is the target's end when the answer came with it", () => {
    const h = hop("h", route.caller, route.target, "replied", {
      callerStatus: "ok",
      timestamps: { sentAt: 1, endedAt: 40, repliedAt: 41 },
    });
    assert.equal(callerWaitEnd(h), 40);
  });
});

describe("callerWaitEnd with the call's return time", () => {
  it("is when the caller's tool call returned, whatever else is known", () => {
    const h = hop("h", route.caller, route.target, "caller_released", {
      callerStatus: "timeout",
      timestamps: { sentAt: 100, callerReleasedAt: 2100, resultAt: 2050 },
    });
    assert.equal(callerWaitEnd(h), 2050);
  });
});
