import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { deadlockCountdown, deadlockOutcome, deadlockStory } from "@/lib/deadlock-view";
import { findDeadlocks } from "@/lib/deadlocks";
import type { TimelineEvent } from "@/lib/timeline";
import { loadRecordedFrames, recording } from "../support/fixture-frames";
import { linkEvents } from "../support/link-events";
import { storedEvents } from "../support/stored-events";

const recorded = (scenario: string) => storedEvents(loadRecordedFrames(recording(scenario)));
const deadlocksOf = (events: TimelineEvent[]) => {
  const { hops, runs } = linkEvents(events);
  return { hops, deadlocks: findDeadlocks(hops, runs) };
};
/** `agent:main:aba-a-1u6w` → `A`: the recorded sessions by their letter. */
const name = (key: string | null) => key?.split(":").at(-1)?.split("-")[1]?.toUpperCase() ?? "?";
/** The events up to (not including) the first result of a handoff from this session: the cycle still holds. */
const beforeFirstResult = (events: TimelineEvent[], session: string) =>
  events.slice(
    0,
    events.findIndex((e) => e.kind === "handoff" && e.fact.type === "result" && e.sessionKey === session),
  );

describe("deadlocks in the recorded A → B → A cycle (A waits 10 s, B waits 30 s)", () => {
  const events = recorded("deadlock-a-b-a");
  const { hops, deadlocks } = deadlocksOf(events);
  const [d] = deadlocks;
  const aToB = hops.find((h) => name(h.callerSessionKey) === "A")!;
  const bToA = hops.find((h) => name(h.callerSessionKey) === "B")!;

  it("finds one, A then B, closed by B's message queued behind A's run", () => {
    assert.equal(deadlocks.length, 1);
    assert.deepEqual(d?.sessions, [aToB.callerSessionKey, bToA.callerSessionKey]);
    assert.deepEqual(d?.hopIds, [aToB.hopId, bToA.hopId]);
    assert.equal(bToA.queuedBehindRunId, aToB.callerRunId);
    assert.equal(d?.closingRunId, bToA.callerRunId);
    assert.equal(d?.since, bToA.timestamps.acceptedAt);
  });

  it("breaks when A's 10 s wait expires: A's start + 10 s, gateway time", () => {
    assert.equal(d?.breaksAt, aToB.timestamps.sentAt + 10_000);
    assert.equal(d?.breaksByHopId, aToB.hopId);
    assert.equal(d?.endedAt, aToB.timestamps.resultAt);
    assert.equal(d?.endedBy, "wait_expired");
    assert.equal(aToB.callerStatus, "accepted");
  });

  it("tells it in plain words", () => {
    assert.equal(deadlockStory(d!, hops, name), "A waits for B; B's message to A is queued behind A's run.");
    assert.equal(
      deadlockCountdown(d!, hops, name, d!.breaksAt - 6_200),
      "Breaks in 7 s, when A's 10 s wait runs out.",
    );
    assert.match(deadlockOutcome(d!, hops, name), /^Ended after \d\.\d s: A's 10 s wait ran out\.$/);
  });

  it("is live (no end) while every wait still holds", () => {
    const live = deadlocksOf(beforeFirstResult(events, aToB.callerSessionKey)).deadlocks;
    assert.equal(live.length, 1);
    assert.equal(live[0]?.endedAt, null);
    assert.equal(live[0]?.breaksAt, d?.breaksAt);
  });
});

describe("deadlocks in the recorded A → B → C → A cycle (waits 10, 20, 30 s)", () => {
  const { hops, deadlocks } = deadlocksOf(recorded("deadlock-a-b-c-a"));
  const [d] = deadlocks;

  it("finds one through three sessions, in cycle order, breaking with A's 10 s wait", () => {
    assert.equal(deadlocks.length, 1);
    assert.deepEqual(d?.sessions.map(name), ["A", "B", "C"]);
    assert.equal(d?.hopIds.length, 3);
    const first = hops.find((h) => h.hopId === d?.hopIds[0])!;
    assert.equal(d?.breaksAt, first.timestamps.sentAt + 10_000);
    assert.equal(d?.endedBy, "wait_expired");
    assert.equal(
      deadlockStory(d!, hops, name),
      "A waits for B; B waits for C; C's message to A is queued behind A's run.",
    );
  });
});

describe("what is not a deadlock", () => {
  it("a busy target: a queue, no cycle", () => {
    assert.deepEqual(deadlocksOf(recorded("busy-target-wait")).deadlocks, []);
  });

  it("a loop whose closing send does not wait (fire-and-forget, recorded)", () => {
    const { hops, deadlocks } = deadlocksOf(recorded("loop-fire-and-forget"));
    const back = hops.find((h) => h.waitSeconds === 0)!;
    assert.notEqual(back.queuedBehindRunId, null, "its message did queue behind the first run");
    assert.deepEqual(deadlocks, []);
  });

  it("is a deadlock again once the closing send waits: the same recording, its wait put back", () => {
    const events = recorded("loop-fire-and-forget").map((e) =>
      e.kind === "handoff" && e.fact.type === "call" && e.fact.timeoutSeconds === 0
        ? { ...e, fact: { ...e.fact, timeoutSeconds: 30 } }
        : e,
    );
    assert.equal(deadlocksOf(events).deadlocks.length, 1);
  });
});
