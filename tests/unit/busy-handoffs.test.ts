import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadRecordedFrames, recording } from "../support/fixture-frames";
import { linkEvents } from "../support/link-events";
import { storedEvents } from "../support/stored-events";
import type { TimelineEvent } from "@/lib/timeline";

const linked = (scenario: string) => linkEvents(storedEvents(loadRecordedFrames(recording(scenario))));

/** The target session's runs, oldest start first: its own busy run, then the one the send queued for. */
function targetRuns(result: ReturnType<typeof linked>) {
  const hop = result.hops[0]!;
  return [...result.runs.values()]
    .filter((r) => r.sessionKey === hop.targetSessionKey)
    .sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
}

describe("a send to a busy target, waiting (recorded by tests/integration/openclaw/busy-targets.ts)", () => {
  const result = linked("busy-target-wait");
  const hop = result.hops[0]!;
  const [own, queued] = targetRuns(result);

  it("is accepted by B at once and queued behind B's own run, then runs under the result's run id", () => {
    assert.equal(hop.queuedBehindRunId, own?.runId);
    assert.equal(hop.targetRunId, queued?.runId);
    assert.equal(hop.link, "confirmed");
    const t = hop.timestamps;
    assert.ok(t.acceptedAt! - t.sentAt < 1000, "accepted within a second of the send");
    assert.ok(t.startedAt! >= own!.endedAt!, "started once B's own run had ended");
    assert.equal(hop.queueWaitMs, t.startedAt! - t.acceptedAt!);
  });

  it("walks sent → queued → started → completed → replied, never failed", () => {
    assert.deepEqual(result.states(hop), ["sent", "queued", "started", "completed", "replied"]);
  });

  it("keeps the result verbatim: ok, no disposition, reply delivery still pending", () => {
    assert.equal(hop.callerStatus, "ok");
    assert.equal(hop.disposition, null);
    assert.deepEqual(hop.delivery, { status: "pending", mode: "announce" });
  });
});

describe("a send to a busy target, fire-and-forget (recorded by tests/integration/openclaw/busy-targets.ts)", () => {
  const result = linked("busy-target-nowait");
  const hop = result.hops[0]!;
  const [own] = targetRuns(result);

  it("says accepted and queued at once, the caller released, the message queued behind B's run", () => {
    assert.equal(hop.callerStatus, "accepted");
    assert.equal(hop.disposition, "queued");
    assert.equal(hop.queuedBehindRunId, own?.runId);
    assert.ok(hop.timestamps.resultAt! - hop.timestamps.sentAt < 1000);
    assert.ok(hop.queueWaitMs! > 1000);
  });

  it("shows it queued (not merely released) until its run starts, then running on its own, then replied", () => {
    assert.deepEqual(result.states(hop), ["sent", "queued", "caller_released", "completed", "replied"]);
  });
});

describe("a send the gateway answered twice (research recording send-busy-wait)", () => {
  const { hops } = linked("send-busy-wait");
  const hop = hops[0]!;

  it("counts B's answer once although A gets it inline and again as a delivery run", () => {
    assert.equal(hop.replyRunId, "73e7f2c9-9a80-40bb-9138-b681dd56dc86");
    assert.equal(hop.timestamps.repliedAt, hop.timestamps.resultAt);
  });
});

describe("a sessions_send with mode steer to a busy target (research recording send-modes)", () => {
  const { hops } = linked("send-modes");
  const [steered] = hops;

  it("joins B's running turn: that turn is the hop's target run, the reply delivery skipped", () => {
    assert.equal(steered?.disposition, "steered");
    assert.equal(steered?.targetRunId, "s3m-b-own-51ulik6w");
    assert.deepEqual(steered?.delivery, { status: "skipped", mode: "announce" });
    assert.ok(steered!.queueWaitMs! > 1000, "it waited for the turn's next step");
  });
});

describe("a send by label (research recording)", () => {
  const { hops } = linked("send-by-label");
  const [known, unknown] = hops;

  it("keeps the label and the session it resolved to apart", () => {
    assert.equal(known?.targetLabel, "s6-target-label");
    assert.equal(known?.targetSessionKey, "agent:main:s6-target");
    assert.equal(known?.state, "replied");
  });

  it("resolves an unknown label to no session, rejected with the gateway's reason", () => {
    assert.equal(unknown?.targetLabel, "no-session-has-this-label");
    assert.equal(unknown?.targetSessionKey, null);
    assert.equal(unknown?.state, "rejected");
    assert.match(unknown?.error ?? "", /No session found with label: no-session-has-this-label/);
  });
});

describe("a spawn's completion (research recording)", () => {
  const { hops } = linked("spawn");
  const [hop] = hops;

  it("is the spawn hop's reply: the requester's announce run", () => {
    assert.equal(hop?.kind, "spawn");
    assert.match(hop?.replyRunId ?? "", /^announce:v1:agent:main:subagent:.+:a8d652e4-/);
    assert.equal(hop?.state, "replied");
  });
});

describe("a send queued behind a run that a gateway restart lost (the recorded fire-and-forget, cut there)", () => {
  const events = storedEvents(loadRecordedFrames(recording("busy-target-nowait")));
  const whole = linkEvents(events);
  const own = targetRuns(whole)[0]!;
  // Everything up to B's own run ending; then Switchboard finds it lost in the restart.
  const cut = events.slice(
    0,
    events.findIndex((e) => e.runId === own.runId && e.kind === "lifecycle" && e.phase === "end"),
  );
  const lost = {
    ...cut.at(-1)!,
    cursor: cut.at(-1)!.cursor + 1,
    runId: own.runId,
    sessionKey: own.sessionKey,
    ts: own.endedAt!,
    seq: null,
    kind: "lifecycle",
    phase: "interrupted",
    error: "the gateway restarted at 04:55:01 UTC",
    aborted: false,
    stopReason: null,
  } as const;

  it("was queued until then", () => {
    assert.equal(linkEvents(cut).hops[0]!.state, "queued");
  });

  it("fails, saying the restart dropped it with the run it waited behind", () => {
    const hop = linkEvents([...cut, lost]).hops[0]!;
    assert.equal(hop.state, "failed");
    assert.equal(
      hop.error,
      "the gateway restarted at 04:55:01 UTC; the message queued behind that run was dropped with it",
    );
    assert.equal(hop.timestamps.endedAt, own.endedAt);
  });
});

describe("a send to a busy target whose own run told of itself only after the send was accepted (the recording, reordered)", () => {
  const events = storedEvents(loadRecordedFrames(recording("busy-target-wait")));
  const own = targetRuns(linkEvents(events))[0]!;
  const acceptance = events.findLastIndex((e) => e.kind === "handoff" && e.fact.type === "accepted");
  /** Moves the events `late` picks from before the acceptance to just after it, as a slower gateway sends them. */
  const acceptedBefore = (late: (e: TimelineEvent) => boolean) => {
    const before = events.slice(0, acceptance);
    return [
      ...before.filter((e) => !late(e)),
      events[acceptance]!,
      ...before.filter(late),
      ...events.slice(acceptance + 1),
    ];
  };
  const ownRun = (e: TimelineEvent) => e.runId === own.runId;
  const ownMessage = (e: TimelineEvent) =>
    e.kind === "handoff" && e.fact.type === "inbound" && e.fact.sendRunId === own.runId;

  it("before B's run started, its message already in: queued behind that run from the acceptance on", () => {
    const result = linkEvents(acceptedBefore((e) => ownRun(e) && !ownMessage(e)));
    const hop = result.hops[0]!;
    assert.equal(hop.queuedBehindRunId, own.runId);
    assert.deepEqual(result.states(hop), ["sent", "queued", "started", "completed", "replied"]);
  });

  it("before even B's message landed: queued behind B's run as soon as that message lands", () => {
    const result = linkEvents(acceptedBefore((e) => ownRun(e) || ownMessage(e)));
    const hop = result.hops[0]!;
    assert.equal(hop.queuedBehindRunId, own.runId);
    assert.deepEqual(result.states(hop), ["sent", "delivered", "queued", "started", "completed", "replied"]);
  });
});

describe("a send to a session whose run a gateway restart had lost before (the recording, B's own run cut)", () => {
  const events = storedEvents(loadRecordedFrames(recording("busy-target-wait")));
  const own = targetRuns(linkEvents(events))[0]!;
  const call = events.findIndex((e) => e.kind === "handoff" && e.fact.type === "call");
  const lost = {
    ...events[call - 1]!,
    runId: own.runId,
    sessionKey: own.sessionKey,
    seq: null,
    kind: "lifecycle",
    phase: "interrupted",
    error: "the gateway restarted at 04:52:14 UTC",
    aborted: false,
    stopReason: null,
  } as const;
  const result = linkEvents([
    ...events.slice(0, call),
    lost,
    ...events.slice(call).filter((e) => e.runId !== own.runId),
  ]);
  const hop = result.hops[0]!;

  it("does not wait behind the lost run: never queued, never failed, replied", () => {
    assert.equal(hop.queuedBehindRunId, null);
    assert.deepEqual(result.states(hop), ["sent", "delivered", "started", "completed", "replied"]);
  });
});
