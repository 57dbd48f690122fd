import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createDemoDriver, type DemoDriverDeps } from "@/server/demo/demo-driver";
import { demoScenarios, MISSING_SESSION_KEY, type DemoScenario } from "@/server/demo/demo-scenarios";
import { readPlan } from "@/server/demo/script-plan";
import { untilTrue as until } from "../support/until";

type Call = ["create", string, string] | ["send", string, string];

function recordingDeps(
  options: { failSendsTo?: string } = {},
): DemoDriverDeps & { calls: Call[]; logs: string[]; sends(): number } {
  const calls: Call[] = [];
  const logs: string[] = [];
  return {
    calls,
    logs,
    sends: () => calls.filter(([kind]) => kind === "send").length,
    async createSession(key, label) {
      calls.push(["create", key, label]);
    },
    async send(sessionKey, message) {
      calls.push(["send", sessionKey, message]);
      if (sessionKey === options.failSendsTo) throw new Error("gateway said no");
    },
    log: (line) => logs.push(line),
  };
}

const scenario = (name: string, keys: string[]): DemoScenario => ({
  name,
  sessions: keys.map((key) => ({ key, label: key.split(":").at(-1)! })),
  sessionKey: keys[0]!,
  message: `${name} message`,
  settleMs: 0,
});

/** Every `sessions_send` target in a plan, including those of plans nested in sent messages. */
function sendTargets(message: string): string[] {
  const reading = readPlan(message);
  if (!reading?.ok) return [];
  return reading.plan.flatMap((step) => {
    if (!("tool" in step) || step.tool !== "sessions_send") return [];
    const { sessionKey, message: inner } = step.args as { sessionKey: string; message: string };
    return [sessionKey, ...sendTargets(inner)];
  });
}

describe("the demo driver", () => {
  it("creates each session once, before the first send, and cycles through the scenarios in order", async () => {
    const deps = recordingDeps();
    const driver = createDemoDriver(deps, {
      gapMs: 1,
      scenarios: [scenario("one", ["k:a", "k:b"]), scenario("two", ["k:a", "k:c"])],
    });
    driver.start();
    await until(() => deps.sends() >= 3, "three sends");
    await driver.stop();
    assert.deepEqual(deps.calls.slice(0, 6), [
      ["create", "k:a", "a"],
      ["create", "k:b", "b"],
      ["send", "k:a", "one message"],
      ["create", "k:c", "c"],
      ["send", "k:a", "two message"],
      ["send", "k:a", "one message"],
    ]);
  });

  it("logs a failed scenario and carries on with the next one", async () => {
    const deps = recordingDeps({ failSendsTo: "k:bad" });
    const driver = createDemoDriver(deps, {
      gapMs: 1,
      scenarios: [scenario("bad", ["k:bad"]), scenario("good", ["k:good"])],
    });
    driver.start();
    await until(
      () => deps.calls.some(([kind, key]) => kind === "send" && key === "k:good"),
      "the good scenario",
    );
    await driver.stop();
    assert.ok(deps.logs.some((line) => line.includes("bad failed: gateway said no")));
  });

  it("sends nothing more once stop() has resolved, even in the middle of a pause", async () => {
    const deps = recordingDeps();
    const driver = createDemoDriver(deps, { gapMs: 60_000, scenarios: [scenario("one", ["k:a"])] });
    driver.start();
    await until(() => deps.sends() === 1, "one send");
    const stopping = Date.now();
    await driver.stop();
    assert.ok(Date.now() - stopping < 1_000, "stop interrupts the pause");
    assert.equal(deps.sends(), 1);
  });

  it("ships scenarios whose send targets all get created first, except the deliberately missing one", () => {
    const scenarios = demoScenarios();
    assert.ok(scenarios.length >= 6);
    for (const { name, sessions, message } of scenarios) {
      const created = new Set(sessions.map((session) => session.key));
      for (const target of sendTargets(message)) {
        assert.ok(created.has(target) || target === MISSING_SESSION_KEY, `${name}: ${target} is not created`);
      }
    }
    const everyTarget = scenarios.flatMap((s) => sendTargets(s.message));
    assert.ok(everyTarget.includes(MISSING_SESSION_KEY));
    assert.ok(!scenarios.some((s) => s.sessions.some((session) => session.key === MISSING_SESSION_KEY)));
  });
});
