import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { agentIdFromSessionKey, sessionKeyTail } from "@/lib/sessions";

describe("session keys", () => {
  it("split into the agent and the rest", () => {
    assert.equal(agentIdFromSessionKey("agent:main:demo-writer"), "main");
    assert.equal(sessionKeyTail("agent:main:demo-writer"), "demo-writer");
    assert.equal(sessionKeyTail("agent:ops:slack:C123:thread"), "slack:C123:thread");
    assert.equal(sessionKeyTail("global"), "global");
  });
});
