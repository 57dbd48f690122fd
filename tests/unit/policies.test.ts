import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { HandoffPolicies } from "@/lib/policies";
import { ConfigError } from "@/server/config";
import { loadPolicies } from "@/server/policies/load-policies";
import { guardViolation, noteText } from "@/server/policies/note-text";
import { policyScopeWarning } from "@/server/policies/scope-warning";
import { hop as hopBetween } from "./helpers/hops";

const dir = mkdtempSync(join(tmpdir(), "sb-policies-"));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const hop = hopBetween("h", ["r1", "agent:coder:main"], ["r2", "agent:main:b"], "delivered", {
  toolCallId: "c",
  depth: 2,
  messagePreview: "",
  timestamps: { sentAt: 0, deliveredAt: Date.UTC(2026, 10, 22, 1, 2, 3) },
});

describe("switchboard.config.json", () => {
  it("means no policies when there is no file", () => {
    const loaded = loadPolicies(join(dir, "absent.json"));
    assert.equal(loaded.source, null);
    assert.equal(loaded.policies.autoAcknowledge, undefined);
    assert.equal(loaded.policies.loopGuard, "alert");
  });

  it("refuses a file with an unknown placeholder or value, naming each field", () => {
    const bad = file(
      "bad.json",
      JSON.stringify({
        handoffPolicies: { autoAcknowledge: { template: "From {sendr}" }, loopGuard: "kill" },
      }),
    );
    assert.throws(
      () => loadPolicies(bad),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(
          error.message,
          /handoffPolicies\.autoAcknowledge\.template: unknown placeholder \{sendr\}/,
        );
        assert.match(error.message, /handoffPolicies\.loopGuard: Invalid option/);
        return true;
      },
    );
  });

  it("refuses unknown keys and broken JSON", () => {
    assert.throws(
      () => loadPolicies(file("typo.json", JSON.stringify({ handoffPolicies: { autoAck: {} } }))),
      /Unrecognized key: "autoAck"/,
    );
    assert.throws(() => loadPolicies(file("broken.json", "{")), /not valid JSON/);
  });
});

describe("notes and guards", () => {
  it("fills every placeholder, the timestamp in ISO 8601, {sender} by the session's name", () => {
    const all =
      "{sender}|{sender_session}|{target_session}|{run_id}|{depth}|{timestamp}|{incoming_topic}|{queue}|{disposition}";
    const { text, warnings } = noteText(all, hop, { senderName: "Coder", incomingTopic: "topic-7" });
    assert.equal(
      text,
      "Coder|agent:coder:main|agent:main:b|r2|2|2026-11-22T01:02:03.000Z|topic-7||delivered",
    );
    assert.deepEqual(warnings, []);
  });

  it("names the sender by its key when it has no label or display name, never by its agent id", () => {
    const { text } = noteText("from {sender}", hop, { senderName: null, incomingTopic: null });
    assert.equal(text, "from agent:coder:main");
  });

  it("leaves {incoming_topic} empty, with a warning, when the target has no thread or topic", () => {
    const { text, warnings } = noteText("topic [{incoming_topic}]", hop, {
      senderName: null,
      incomingTopic: null,
    });
    assert.equal(text, "topic []");
    assert.match(warnings[0] ?? "", /agent:main:b has no thread or topic/);
  });

  it("says {queue} and the disposition when the target queued the message behind a run", () => {
    const queued = {
      ...hop,
      queuedBehindRunId: "r0",
      timestamps: { ...hop.timestamps, acceptedAt: 5, deliveredAt: null },
    };
    const { text } = noteText("{disposition}: {queue} at {timestamp}", queued, {
      senderName: null,
      incomingTopic: null,
    });
    assert.equal(text, "queued: queued behind 1 run at 1970-01-01T00:00:00.005Z");
  });

  it("flags a hop that closes a loop or passes the depth limit", () => {
    assert.equal(
      guardViolation(hop, ["agent:main:b", "agent:coder:main"], 5),
      "loop: agent:main:b → agent:coder:main → agent:main:b",
    );
    assert.equal(guardViolation(hop, ["agent:coder:main"], 1), "depth 2 passes the limit of 1");
    assert.equal(guardViolation(hop, ["agent:coder:main"], 5), null);
  });

  it("warns when the token cannot post the notes the policies ask for", () => {
    const policies = HandoffPolicies.parse({ autoAcknowledge: { template: "ok" } });
    assert.match(
      policyScopeWarning(policies, ["operator.read", "operator.write"]) ?? "",
      /lacks operator.admin/,
    );
    assert.equal(policyScopeWarning(policies, ["operator.admin"]), null);
    assert.equal(policyScopeWarning(HandoffPolicies.parse({}), ["operator.read"]), null);
  });
});
