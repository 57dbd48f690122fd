import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Hop } from "@/lib/hops";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { deriveHop } from "@/server/timeline/derive-hop";
import { createLinkState, linkEvent, targetRunOf } from "@/server/timeline/link";
import { projectRuns } from "@/server/timeline/project-run";
import { loadRecordedFrames, SCENARIO_FIXTURE } from "../support/fixture-frames";
import { storedEvents } from "../support/stored-events";

/** Links events in the given order; returns each hop's final view and every state it showed. */
function link(events: TimelineEvent[]) {
  const state = createLinkState();
  const runs = new Map<string, RunSummary>();
  const seen = new Map<string, string[]>();
  const view = (id: string): Hop => {
    const facts = state.hops.get(id)!;
    return deriveHop(facts, runs.get(targetRunOf(facts) ?? "") ?? null);
  };
  for (const event of events) {
    for (const run of projectRuns(runs, [event])) runs.set(run.runId, run);
    const touched = new Set(linkEvent(state, event));
    for (const [id, f] of state.hops) if (targetRunOf(f) === event.runId) touched.add(id);
    for (const id of touched) seen.set(id, [...(seen.get(id) ?? []), view(id).state]);
  }
  const hops = [...state.hops.keys()].map(view);
  const to = (session: string) => hops.find((h) => h.targetSessionKey === session)!;
  return { hops, to, states: (hop: Hop) => [...new Set(seen.get(hop.hopId))] };
}

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
