import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { HandoffPolicies } from "@/lib/policies";
import { describePolicies, noteView } from "@/lib/policy-view";

describe("describePolicies", () => {
  it("explains each policy in a line, with templates as text and an example", () => {
    const lines = describePolicies(
      HandoffPolicies.parse({
        autoAcknowledge: { template: "Got it from {sender}" },
        loopGuard: "abort",
        progressRelay: { enabled: true, minIntervalMs: 10000 },
      }),
    );
    const byName = new Map(lines.map((l) => [l.name, l]));
    assert.deepEqual(byName.get("Acknowledge")?.template, {
      text: "Got it from {sender}",
      example: "Got it from agent:main:planner",
      on: null,
      warnings: [],
    });
    assert.equal(byName.get("Acknowledge")?.on, true);
    assert.equal(byName.get("Confirm delivery")?.text, "Off.");
    assert.match(byName.get("Loop guard")!.text, /aborts/);
    assert.match(byName.get("Progress relay")!.text, /every 10 s/);
    assert.match(byName.get("Notes go to")!.text, /operator\.admin/);
  });

  it("shows a template as the engine renders it for the latest real hop, with its warnings", () => {
    const lines = describePolicies(
      HandoffPolicies.parse({ autoAcknowledge: { template: "Hi {sender} {incoming_topic}" } }),
      {
        hopId: "h",
        route: "agent:main:a → agent:main:b",
        notes: [
          {
            action: "acknowledge",
            text: "Hi Planner ",
            sessionKey: "agent:main:b",
            warnings: ["no topic"],
            rule: null,
          },
        ],
      },
    );
    assert.deepEqual(lines.find((l) => l.name === "Acknowledge")?.template, {
      text: "Hi {sender} {incoming_topic}",
      example: "Hi Planner ",
      on: "agent:main:a → agent:main:b, to agent:main:b",
      warnings: ["no topic"],
    });
  });
});

describe("noteView", () => {
  it("says what a note did, with tries and detail on hover", () => {
    assert.deepEqual(noteView({ action: "acknowledge", status: "done", tries: 1, at: 1, detail: null }), {
      tone: "done",
      text: "acknowledged",
      short: "ack",
      title: "ack: done (1 try)",
      detail: null,
    });
    const failed = noteView({
      action: "confirm",
      status: "failed",
      tries: 3,
      at: 1,
      detail: "missing scope: operator.admin",
    });
    assert.deepEqual([failed.text, failed.short], ["confirm failed", "confirm failed"]);
    assert.equal(failed.title, "confirm: failed (3 tries)\nmissing scope: operator.admin");
  });
});
