import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeActionError } from "@/lib/action-errors";

describe("describeActionError", () => {
  it("names the missing scope", () => {
    const problem = describeActionError(
      "FORBIDDEN",
      "The gateway token lacks the scope operator.write: missing scope: operator.write",
      "session",
    );
    assert.equal(
      problem.summary,
      "The gateway token lacks the scope operator.write: ask for a token with operator.write.",
    );
  });

  it("gives the gateway's reason for a refusal, once", () => {
    assert.deepEqual(
      describeActionError("GATEWAY_REFUSED", "The gateway refused: session is archived", "session"),
      {
        code: "GATEWAY_REFUSED",
        summary: "The gateway refused: session is archived",
        detail: null,
      },
    );
  });

  it("says the gateway is down, a session or run is missing, or Switchboard is unreachable", () => {
    assert.match(
      describeActionError("GATEWAY_UNAVAILABLE", "connect ECONNREFUSED", "session").summary,
      /gateway is down/,
    );
    assert.equal(
      describeActionError("NOT_FOUND", "No session agent:main:x", "session").summary,
      "No such session.",
    );
    assert.equal(describeActionError("NOT_FOUND", "No run with id r", "run").summary, "No such run.");
    assert.deepEqual(describeActionError(null, "Failed to fetch", "session"), {
      code: null,
      summary: "Could not reach Switchboard.",
      detail: "Failed to fetch",
    });
  });
});
