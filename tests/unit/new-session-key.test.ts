import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CreateSessionRequest, newSessionKey } from "@/lib/dispatch";

const keyOf = (body: object) => {
  const parsed = CreateSessionRequest.safeParse(body);
  return parsed.success
    ? newSessionKey(parsed.data, "sb-random")
    : `refused: ${parsed.error.issues[0]!.message}`;
};

describe("naming a new session", () => {
  it("takes a short name under the agent, or a full key as it is", () => {
    assert.equal(keyOf({ agentId: "main", key: "x" }), "agent:main:x");
    assert.equal(keyOf({ key: "agent:main:x" }), "agent:main:x");
    assert.equal(keyOf({ agentId: "main", key: "agent:main:x" }), "agent:main:x");
    assert.equal(keyOf({ agentId: "Ops" }), "agent:ops:sb-random");
  });

  it("refuses what could mean two sessions, or names another agent", () => {
    assert.match(keyOf({ agentId: "main", key: "agent:ops:x" }), /^refused: the key names agent ops/);
    assert.match(keyOf({ agentId: "main", key: "main:x" }), /^refused: a short name has no ':'/);
    assert.match(keyOf({ key: "agent:main" }), /^refused: a full key is agent:<agent id>:<name>/);
    assert.match(keyOf({ key: "x" }), /^refused: an agent id such as main/);
  });
});
