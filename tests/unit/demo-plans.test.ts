import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  callerTimeoutPlan,
  chainPlan,
  fireAndForgetPlan,
  handoffPlan,
  missingTargetPlan,
  toolRunPlan,
} from "@/server/demo/plans";
import { readPlan, type PlanStep } from "@/server/demo/script-plan";

function steps(message: string): PlanStep[] {
  const reading = readPlan(message);
  assert.ok(reading?.ok, `not a valid plan: ${message}`);
  return reading.plan;
}

function sendArgs(step: PlanStep | undefined): {
  sessionKey: string;
  message: string;
  timeoutSeconds: number;
} {
  assert.ok(step && "tool" in step && step.tool === "sessions_send");
  return step.args as { sessionKey: string; message: string; timeoutSeconds: number };
}

describe("the demo plan builders", () => {
  it("toolRunPlan calls tools, then streams text", () => {
    const plan = steps(toolRunPlan());
    assert.deepEqual(
      plan.map((step) => ("tool" in step ? step.tool : "text")),
      ["session_status", "session_status", "text"],
    );
  });

  it("handoffPlan sends a worker plan to the target and waits", () => {
    const send = sendArgs(steps(handoffPlan("agent:main:b"))[0]);
    assert.equal(send.sessionKey, "agent:main:b");
    assert.equal(send.timeoutSeconds, 60);
    const [firstTargetStep] = steps(send.message);
    assert.ok(firstTargetStep && "tool" in firstTargetStep);
    assert.equal(firstTargetStep.tool, "session_status");
  });

  it("chainPlan nests B's send to C inside A's send to B, with A waiting longest", () => {
    const toB = sendArgs(steps(chainPlan("agent:main:b", "agent:main:c"))[0]);
    const toC = sendArgs(steps(toB.message)[0]);
    assert.equal(toB.sessionKey, "agent:main:b");
    assert.equal(toC.sessionKey, "agent:main:c");
    assert.ok(toB.timeoutSeconds > toC.timeoutSeconds);
  });

  it("fireAndForgetPlan does not wait; callerTimeoutPlan waits less than the target streams", () => {
    assert.equal(sendArgs(steps(fireAndForgetPlan("agent:main:n"))[0]).timeoutSeconds, 0);
    const send = sendArgs(steps(callerTimeoutPlan("agent:main:s"))[0]);
    const answer = steps(send.message).find((step) => "text" in step);
    assert.ok(answer && "text" in answer);
    const streamingMs = ((answer.chunks ?? 1) - 1) * (answer.chunkDelayMs ?? 0);
    assert.ok(streamingMs > send.timeoutSeconds * 1000 * 3, "the target outlives the caller's wait by far");
  });

  it("missingTargetPlan targets the given key", () => {
    assert.equal(sendArgs(steps(missingTargetPlan("agent:main:gone"))[0]).sessionKey, "agent:main:gone");
  });
});
