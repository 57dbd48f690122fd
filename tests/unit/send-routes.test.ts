import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { RunSummary } from "@/lib/runs";
import type { TimelineEvent } from "@/lib/timeline";
import { projectRuns } from "@/server/timeline/project-run";
import {
  createRouteState,
  noteDispatch,
  routeEvent,
  routeRuns,
  sendView,
} from "@/server/timeline/send-routes";
import { createSessionActivity, trackActivity } from "@/server/timeline/session-activity";
import { loadRecordedFrames, recording } from "../support/fixture-frames";
import { storedEvents } from "../support/stored-events";

/**
 * Feeds a recording through the projection and the send routes, as ingest does. With
 * `dispatch`, Switchboard is taken to have sent `sendRunId` itself in that mode, as soon as
 * the session's own run had started (the session was busy).
 */
function follow(
  scenario: string,
  sendRunId: string,
  dispatch?: string,
  /** Runs already going when the recording began (Switchboard had seen them start). */
  running: { runId: string; sessionKey: string }[] = [],
) {
  const events = storedEvents(loadRecordedFrames(recording(scenario)));
  const runs = new Map<string, RunSummary>();
  const state = createRouteState([], createSessionActivity(running));
  for (const run of running)
    noteDispatch(state, {
      runId: sendRunId,
      sessionKey: run.sessionKey,
      at: events[0]!.ts,
      queueMode: dispatch!,
    });
  const seen: string[] = [];
  let dispatched = !dispatch || running.length > 0;
  const view = () => {
    const f = state.routes.get(sendRunId);
    return f ? sendView(runs.get(sendRunId) ?? null, f, runs.get(f.carrier?.runId ?? "") ?? null) : null;
  };
  for (const e of events) {
    const changed = projectRuns(runs, [e as TimelineEvent]);
    for (const run of changed) runs.set(run.runId, run);
    trackActivity(state.activity, e);
    routeEvent(state, e);
    routeRuns(state, changed);
    if (!dispatched && e.kind === "lifecycle" && e.phase === "start") {
      noteDispatch(state, { runId: sendRunId, sessionKey: e.sessionKey, at: e.ts + 1, queueMode: dispatch! });
      dispatched = true;
    }
    const v = view();
    const word = v ? `${v.route?.disposition}:${v.status}` : "none";
    if (seen.at(-1) !== word) seen.push(word);
  }
  return { view: view(), runs, seen };
}

describe("a message sent to a busy session, followed to the run that carries it (recorded)", () => {
  for (const [mode, own, sent] of [
    ["default", "s3-default-own-3ytn7l5j", "s3-default-op-y79nnjnf"],
    ["steer", "s3-steer-own-wntry1g4", "s3-steer-op-vwwo6op7"],
  ]) {
    it(`${mode === "default" ? "default (steer)" : "steer"}: injected into the running turn, which carries it`, () => {
      const { view, seen } = follow(`chat-send-busy-${mode}`, sent!);
      assert.equal(view?.route?.disposition, "steered");
      assert.equal(view?.route?.carrierRunId, own);
      assert.equal(view?.route?.behindRunId, own);
      assert.equal(view?.status, "completed");
      assert.match(view?.reply ?? "", /^Noted: Operator message/);
      assert.deepEqual(seen, ["none", "steered:running", "steered:completed"]);
    });
  }

  it("followup: queued behind the running run, then carried by a new run of its own", () => {
    const { view, seen, runs } = follow("chat-send-busy-followup", "s3-followup-op-8dm1md1e", "followup");
    const carrier = "0804bb30-5cbb-49f7-83bf-43c269205fa5";
    assert.equal(view?.route?.disposition, "queued");
    assert.equal(view?.route?.behindRunId, "s3-followup-own-e14xge62");
    assert.equal(view?.route?.carrierRunId, carrier);
    assert.equal(view?.startedAt, runs.get(carrier)?.startedAt);
    assert.equal(view?.status, "completed");
    assert.deepEqual(seen, ["none", "queued:queued", "queued:running", "queued:completed"]);
  });

  it("followup from someone else: the same, found from the gateway's empty answer alone", () => {
    const { view } = follow("chat-send-busy-followup", "s3-followup-op-8dm1md1e");
    assert.equal(view?.route?.carrierRunId, "0804bb30-5cbb-49f7-83bf-43c269205fa5");
    assert.equal(view?.route?.behindRunId, "s3-followup-own-e14xge62");
  });

  it("collect: merged with other waiting messages, linked to no run (never guessed)", () => {
    const sends = follow("chat-send-busy-collect", "s3-collect-op-xanrc3gy", "collect");
    assert.equal(sends.view?.route?.disposition, "collected");
    assert.equal(sends.view?.route?.carrierRunId, null);
    assert.equal(sends.view?.status, "queued");
  });

  it("interrupt: runs under its own id, nothing to follow", () => {
    const { view, runs } = follow("chat-send-busy-interrupt", "s3-interrupt-op-3pvx0lak", "interrupt");
    assert.equal(view, null);
    assert.equal(runs.get("s3-interrupt-op-3pvx0lak")?.route, null);
    assert.equal(runs.get("s3-interrupt-op-3pvx0lak")?.status, "completed");
  });

  it("a Switchboard send (followup) to a busy session: recorded by tests/integration/openclaw/busy-session.ts", () => {
    const all = new Map<string, RunSummary>();
    for (const e of storedEvents(loadRecordedFrames(recording("switchboard-send-busy"))))
      for (const run of projectRuns(all, [e])) all.set(run.runId, run);
    const sent = [...all.values()].find((r) => r.route !== null)!;
    const own = [...all.values()].find((r) => r.sessionKey === sent.sessionKey && r.route === null)!;
    const { view, seen } = follow("switchboard-send-busy", sent.runId, "followup", [own]);
    assert.equal(view?.route?.behindRunId, own.runId);
    assert.notEqual(view?.route?.carrierRunId, null);
    assert.ok(view!.startedAt! >= own.endedAt!);
    assert.deepEqual(seen.slice(-3), ["queued:queued", "queued:running", "queued:completed"]);
  });

  it("leaves no send id of a busy session among the runs (the projection marks it routed)", () => {
    const { runs } = follow("chat-send-busy-followup", "s3-followup-op-8dm1md1e");
    assert.notEqual(runs.get("s3-followup-op-8dm1md1e")?.route, null);
    assert.equal([...runs.values()].filter((r) => r.route === null && r.status === "queued").length, 0);
  });
});
