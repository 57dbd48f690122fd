import {
  callerTimeoutPlan,
  chainPlan,
  fireAndForgetPlan,
  handoffPlan,
  missingTargetPlan,
  toolRunPlan,
} from "./plans";

interface DemoSession {
  key: string;
  label: string;
}

export interface DemoScenario {
  name: string;
  /** Every session the scenario touches; `sessions_send` fails on a target that does not exist yet. */
  sessions: DemoSession[];
  /** Where the first message goes. */
  sessionKey: string;
  message: string;
  /** About how long its runs, including the announce turns after them, keep going. */
  settleMs: number;
}

function demoSession(name: string): DemoSession {
  return { key: `agent:main:demo-${name}`, label: `demo-${name}` };
}

const DEMO_SESSIONS = {
  coordinator: demoSession("coordinator"),
  planner: demoSession("planner"),
  researcher: demoSession("researcher"),
  writer: demoSession("writer"),
  notifier: demoSession("notifier"),
  analyst: demoSession("analyst"),
};

/** Never created, so sends to it are rejected. */
export const MISSING_SESSION_KEY = "agent:main:demo-archived";

/** One of each kind of work the dashboard shows, in the order the driver cycles through them. */
export function demoScenarios(): DemoScenario[] {
  const { coordinator, planner, researcher, writer, notifier, analyst } = DEMO_SESSIONS;
  return [
    {
      name: "tool run",
      sessions: [planner],
      sessionKey: planner.key,
      message: toolRunPlan(),
      settleMs: 4_000,
    },
    {
      name: "handoff",
      sessions: [coordinator, researcher],
      sessionKey: coordinator.key,
      message: handoffPlan(researcher.key),
      settleMs: 6_000,
    },
    {
      name: "chain",
      sessions: [coordinator, researcher, writer],
      sessionKey: coordinator.key,
      message: chainPlan(researcher.key, writer.key),
      settleMs: 9_000,
    },
    {
      name: "fire and forget",
      sessions: [planner, notifier],
      sessionKey: planner.key,
      message: fireAndForgetPlan(notifier.key),
      settleMs: 5_000,
    },
    {
      name: "caller released",
      sessions: [coordinator, analyst],
      sessionKey: coordinator.key,
      message: callerTimeoutPlan(analyst.key),
      settleMs: 16_000,
    },
    {
      name: "missing target",
      sessions: [planner],
      sessionKey: planner.key,
      message: missingTargetPlan(MISSING_SESSION_KEY),
      settleMs: 3_000,
    },
  ];
}
