import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { projectRuns } from "@/server/timeline/project-run";
import { loadRecordedFrames, HANDOFF_FIXTURE } from "../support/fixture-frames";
import { storedEvents } from "../support/stored-events";

const stored = () => storedEvents(loadRecordedFrames(HANDOFF_FIXTURE));

function project(events: TimelineEvent[]): Map<string, RunSummary> {
  return new Map(projectRuns(new Map(), events).map((r) => [r.runId, r]));
}

describe("projecting runs from the recorded handoff", () => {
  const runs = project(stored());

  it("finds A's run, B's run and A's announce run, all completed", () => {
    const summary = [...runs.values()].map((r) => [r.runId.slice(0, 8), r.sessionKey, r.status]);
    assert.deepEqual(summary, [
      ["e2e-e380", "agent:main:e2e-a", "completed"],
      ["4d981bda", "agent:main:e2e-b", "completed"],
      ["a579bec1", "agent:main:e2e-a", "completed"],
    ]);
  });

  it("counts each tool call once, though both streams reported it", () => {
    assert.equal(runs.get("4d981bda-16c4-42b4-838e-a8ddaa3260e1")?.toolCalls, 1);
    assert.equal(runs.get("e2e-e380487d-dc3a-485c-984a-8010428f2db7")?.toolCalls, 1);
  });

  it("keeps the final reply, the agent, and start before end", () => {
    const b = runs.get("4d981bda-16c4-42b4-838e-a8ddaa3260e1")!;
    assert.equal(b.reply, "B-RESULT: the answer is 42.");
    assert.equal(b.agentId, "main");
    assert.ok(b.startedAt !== null && b.endedAt !== null && b.startedAt <= b.endedAt);
  });

  it("reaches the same summaries when the events arrive in another order", () => {
    const reversed = project(stored().reverse());
    for (const [id, run] of runs) {
      assert.equal(reversed.get(id)?.status, run.status, id);
      assert.equal(reversed.get(id)?.toolCalls, run.toolCalls, id);
    }
  });

  it("reports only the runs a batch changed", () => {
    const previous = new Map(runs);
    assert.deepEqual(projectRuns(previous, []), []);
  });

  it("lets an error or abort outrank an earlier completion, never the other way", () => {
    const base = { runId: "r", sessionKey: "agent:x:y", seq: 1, ts: 10, cursor: 1 };
    const final: TimelineEvent = {
      ...base,
      kind: "chat",
      state: "final",
      text: "ok",
      stopReason: null,
      error: null,
    };
    const failed: TimelineEvent = {
      ...base,
      cursor: 2,
      ts: 11,
      kind: "lifecycle",
      phase: "error",
      error: "boom",
      aborted: false,
      stopReason: null,
    };
    assert.equal(project([final, failed]).get("r")?.status, "failed");
    assert.equal(project([failed, final]).get("r")?.status, "failed");
    assert.equal(project([failed]).get("r")?.error, "boom");
  });

  it("makes no run of a transcript message alone: its send id may never run", () => {
    const message: TimelineEvent = {
      runId: "s",
      sessionKey: "agent:x:y",
      seq: null,
      ts: 5,
      cursor: 1,
      kind: "message",
      role: "user",
      text: "hi",
      messageId: "m1",
      provenance: null,
    };
    assert.equal(project([message]).get("s"), undefined);
  });

  it("keeps a send that the gateway queued behind a busy run as queued, not completed", () => {
    const base = { runId: "q", sessionKey: "agent:x:y", seq: 1, ts: 10, cursor: 1 };
    const emptyFinal: TimelineEvent = {
      ...base,
      kind: "chat",
      state: "final",
      text: null,
      stopReason: null,
      error: null,
    };
    assert.equal(project([emptyFinal]).get("q")?.status, "queued");
    assert.deepEqual(project([emptyFinal]).get("q")?.route, {
      disposition: "queued",
      acceptedAt: 10,
      behindRunId: null,
      carrierRunId: null,
    });
    const started: TimelineEvent = {
      ...base,
      cursor: 0,
      kind: "lifecycle",
      phase: "start",
      error: null,
      aborted: false,
      stopReason: null,
    };
    assert.equal(project([started, emptyFinal]).get("q")?.status, "completed");
    assert.equal(project([started, emptyFinal]).get("q")?.route, null);
  });
});
