import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadRecordedFrames, SCENARIO_FIXTURE } from "../support/fixture-frames";
import { linkEvents as link } from "../support/link-events";
import { storedEvents } from "../support/stored-events";

describe("linking the recorded scenarios (openclaw 2026.9.6)", () => {
  const events = storedEvents(loadRecordedFrames(SCENARIO_FIXTURE));
  const { to, states } = link(events);

  it("chains A → B → C: two confirmed hops at depths 1 and 2, both replied", () => {
    const ab = to("agent:main:chain-b");
    const bc = to("agent:main:chain-c");
    assert.deepEqual([ab.depth, ab.state, ab.link], [1, "replied", "confirmed"]);
    assert.deepEqual([bc.depth, bc.state, bc.link], [2, "replied", "confirmed"]);
    assert.equal(bc.callerRunId, ab.targetRunId);
  });

  it("shows the slow target as caller released, then completed, never failed", () => {
    const slow = to("agent:main:slow-b");
    const path = states(slow);
    assert.ok(path.includes("caller_released"), path.join());
    assert.ok(path.indexOf("caller_released") < path.indexOf(slow.state), path.join());
    assert.ok(!path.includes("failed"));
    assert.equal(slow.callerStatus, "accepted");
  });

  it("rejects the send to a missing session with the gateway's reason", () => {
    const ghost = to("agent:main:ghost");
    assert.equal(ghost.state, "rejected");
    assert.match(ghost.error ?? "", /No session found: agent:main:ghost/);
  });

  it("follows the fire-and-forget send to its target's end", () => {
    const ff = to("agent:main:ff-b");
    assert.equal(ff.waitSeconds, 0);
    assert.ok(["completed", "replied"].includes(ff.state), ff.state);
  });

  it("links the same hops when each target run's events arrive before its caller's", () => {
    const callers = new Set(
      events.filter((e) => e.kind === "tool" && e.name === "sessions_send").map((e) => e.runId),
    );
    const targetsFirst = [
      ...events.filter((e) => !callers.has(e.runId)),
      ...events.filter((e) => callers.has(e.runId)),
    ];
    const reordered = link(targetsFirst);
    for (const session of ["agent:main:chain-b", "agent:main:chain-c", "agent:main:ff-b"]) {
      assert.equal(reordered.to(session).targetRunId, to(session).targetRunId, session);
    }
  });
});
