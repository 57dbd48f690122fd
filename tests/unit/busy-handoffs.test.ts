import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { loadRecordedFrames, recording } from "../support/fixture-frames";
import { linkEvents } from "../support/link-events";
import { storedEvents } from "../support/stored-events";

const linked = (scenario: string) => linkEvents(storedEvents(loadRecordedFrames(recording(scenario))));

describe("a send to a busy target, waiting (recorded)", () => {
  const { to, states } = linked("send-busy-wait");
  const hop = to("agent:main:s1-b");

  it("is accepted by B at once and queued behind B's own run, then runs under the result's run id", () => {
    assert.equal(hop.queuedBehindRunId, "s1-b-own-tyqhn1fi");
    assert.equal(hop.targetRunId, "e58de1ae-4acd-44e3-be49-d5ef92dc51aa");
    assert.equal(hop.link, "confirmed");
    const t = hop.timestamps;
    assert.ok(t.acceptedAt! - t.sentAt < 1000, "accepted within a second of the send");
    assert.ok(t.startedAt! - t.acceptedAt! > 10_000, "then waited more than 10 s behind B's own run");
    assert.equal(hop.queueWaitMs, t.startedAt! - t.acceptedAt!);
  });

  it("walks sent → queued → started → completed → replied, never failed", () => {
    assert.deepEqual(states(hop), ["sent", "queued", "started", "completed", "replied"]);
  });

  it("keeps the result verbatim: ok, no disposition, reply delivery still pending", () => {
    assert.equal(hop.callerStatus, "ok");
    assert.equal(hop.disposition, null);
    assert.deepEqual(hop.delivery, { status: "pending", mode: "announce" });
  });

  it("counts B's answer once although A gets it inline and again as a delivery run", () => {
    assert.equal(hop.replyRunId, "73e7f2c9-9a80-40bb-9138-b681dd56dc86");
    assert.ok(hop.timestamps.repliedAt! <= hop.timestamps.resultAt!);
  });
});

describe("a send to a busy target, fire-and-forget (recorded)", () => {
  const { to, states } = linked("send-busy-nowait");
  const hop = to("agent:main:s2-b");

  it("says accepted and queued at once, the caller released, the message queued behind B's run", () => {
    assert.equal(hop.callerStatus, "accepted");
    assert.equal(hop.disposition, "queued");
    assert.equal(hop.queuedBehindRunId, "s2-b-own-5jq0p456");
    assert.ok(hop.timestamps.resultAt! - hop.timestamps.sentAt < 1000);
    assert.ok(hop.queueWaitMs! > 10_000);
  });

  it("shows it queued (not merely released) until its run starts, then running on its own, then replied", () => {
    assert.deepEqual(states(hop), ["sent", "queued", "caller_released", "completed", "replied"]);
  });
});

describe("a send by label (recorded)", () => {
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

describe("a spawn's completion (recorded)", () => {
  const { hops } = linked("spawn");
  const [hop] = hops;

  it("is the spawn hop's reply: the requester's announce run", () => {
    assert.equal(hop?.kind, "spawn");
    assert.match(hop?.replyRunId ?? "", /^announce:v1:agent:main:subagent:.+:a8d652e4-/);
    assert.equal(hop?.state, "replied");
  });
});
