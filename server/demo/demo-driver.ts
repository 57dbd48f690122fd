import { setTimeout as sleep } from "node:timers/promises";
import { errorMessage } from "@/lib/errors";
import { demoScenarios, type DemoScenario } from "./demo-scenarios";

/** The driver never speaks the gateway protocol; the composition root injects these. */
export interface DemoDriverDeps {
  /** Must resolve when the session already exists (the gateway's `sessions.create` does). */
  createSession(key: string, label: string): Promise<void>;
  /** Starts a run in the session; resolves once the gateway accepted it, not when the run ends. */
  send(sessionKey: string, message: string): Promise<void>;
  log?(line: string): void;
}

export interface DemoDriverOptions {
  /** Pause after a scenario has settled, before the next one starts. */
  gapMs?: number;
  scenarios?: DemoScenario[];
}

export interface DemoDriver {
  start(): void;
  /** Stops after the current gateway call; resolves when the loop has ended. */
  stop(): Promise<void>;
}

/**
 * Cycles through the demo scenarios, one at a time: a scenario's runs settle before the next
 * starts, so at most a few runs are active at once (the machine has 2 cores).
 */
export function createDemoDriver(deps: DemoDriverDeps, options: DemoDriverOptions = {}): DemoDriver {
  const scenarios = options.scenarios ?? demoScenarios();
  const gapMs = options.gapMs ?? 3_000;
  const log = deps.log ?? (() => {});
  const created = new Set<string>();
  let running: { abort: AbortController; loop: Promise<void> } | undefined;

  async function play(scenario: DemoScenario): Promise<void> {
    for (const session of scenario.sessions) {
      if (created.has(session.key)) continue;
      await deps.createSession(session.key, session.label);
      created.add(session.key);
    }
    log(`demo: ${scenario.name} in ${scenario.sessionKey}`);
    await deps.send(scenario.sessionKey, scenario.message);
  }

  async function loop(signal: AbortSignal): Promise<void> {
    for (let turn = 0; !signal.aborted; turn++) {
      const scenario = scenarios[turn % scenarios.length]!;
      try {
        await play(scenario);
      } catch (error) {
        log(`demo: ${scenario.name} failed: ${errorMessage(error)}`);
      }
      await sleep(scenario.settleMs + gapMs, undefined, { signal }).catch(() => {});
    }
  }

  return {
    start() {
      if (running) return;
      const abort = new AbortController();
      running = { abort, loop: loop(abort.signal) };
    },
    async stop() {
      const current = running;
      running = undefined;
      current?.abort.abort();
      await current?.loop;
    },
  };
}
