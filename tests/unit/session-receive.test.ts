import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { HandoffPolicies } from "@/lib/policies";
import { loadPolicies } from "@/server/policies/load-policies";
import { policyFor } from "@/server/policies/rules";
import { USERS_EXAMPLE } from "../support/users-example";
import { hop as hopBetween } from "./helpers/hops";

const dir = mkdtempSync(join(tmpdir(), "sb-receive-"));
const load = (json: unknown) => {
  const path = join(dir, `${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(json));
  return loadPolicies(path);
};

describe("hooks.sessionReceive, as the users wrote it", () => {
  it("is accepted as written and read into the same model as handoffPolicies", () => {
    const { policies } = load(USERS_EXAMPLE);
    assert.deepEqual(policies.autoAcknowledge, {
      enabled: true,
      template: "📨 Handoff received from {sender} — processing now.",
      channel: "last",
      topic: "{incoming_topic}",
    });
    assert.deepEqual(policies.deliveryConfirmation, {
      enabled: true,
      template: "✅ Delivered to {target_session} at {timestamp}",
      toSession: "{sender_session}",
    });
    assert.equal(policies.loopGuard, "alert");
  });

  it("sits next to handoffPolicies, but refuses a note set in both", () => {
    const both = load({ ...USERS_EXAMPLE, handoffPolicies: { loopGuard: "abort" } }).policies;
    assert.equal(both.loopGuard, "abort");
    assert.ok(both.autoAcknowledge);
    assert.throws(
      () => load({ ...USERS_EXAMPLE, handoffPolicies: { autoAcknowledge: { template: "x" } } }),
      /hooks\.sessionReceive\.autoAcknowledge: also set as handoffPolicies\.autoAcknowledge/,
    );
  });

  it("names a bad hook field by its path in the users' form", () => {
    assert.throws(
      () => load({ hooks: { sessionReceive: { autoAcknowledge: { message: "from {who}" } } } }),
      /hooks\.sessionReceive\.autoAcknowledge\.message: unknown placeholder \{who\}/,
    );
  });
});

describe("scoped rules", () => {
  const hop = (caller: string, target: string) =>
    hopBetween("h", ["r1", caller], [null, target], "delivered", {
      toolCallId: "c",
      messagePreview: "",
      timestamps: { sentAt: 0, deliveredAt: 1 },
    });
  const policies = HandoffPolicies.parse({
    autoAcknowledge: { template: "default ack" },
    loopGuard: "alert",
    rules: [
      { name: "ops", target: { agent: "ops" }, autoAcknowledge: { enabled: false, template: "-" } },
      { name: "research", target: { key: "agent:main:research-*" }, loopGuard: "abort" },
      { name: "from the boss", sender: { label: "boss*" }, autoAcknowledge: { template: "boss ack" } },
    ],
  });
  const labels = (key: string) => ({ label: key === "agent:main:b" ? "boss-1" : null });

  it("applies the first rule that matches, by agent, key glob or label", () => {
    assert.equal(policyFor(policies, hop("agent:main:b", "agent:ops:x"), labels).rule, "ops");
    assert.equal(
      policyFor(policies, hop("agent:main:b", "agent:ops:x"), labels).autoAcknowledge?.enabled,
      false,
    );
    const research = policyFor(policies, hop("agent:main:b", "agent:main:research-2"), labels);
    assert.deepEqual(
      [research.rule, research.loopGuard, research.autoAcknowledge?.template],
      ["research", "abort", "default ack"],
    );
    assert.equal(
      policyFor(policies, hop("agent:main:b", "agent:main:c"), labels).autoAcknowledge?.template,
      "boss ack",
    );
  });

  it("gives every other hop the default", () => {
    const other = policyFor(policies, hop("agent:main:a", "agent:main:c"), labels);
    assert.deepEqual(
      [other.rule, other.autoAcknowledge?.template, other.loopGuard],
      [null, "default ack", "alert"],
    );
  });

  it("refuses a rule that matches nothing", () => {
    assert.throws(
      () => HandoffPolicies.parse({ rules: [{ loopGuard: "abort" }] }),
      /a rule matches on target, sender or both/,
    );
  });
});
