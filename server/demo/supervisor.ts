import { setTimeout as sleep } from "node:timers/promises";
import { errorMessage } from "@/lib/errors";

interface Supervised {
  /** Resolves when the process has exited, with how. */
  exited: Promise<string>;
  stop(): Promise<void>;
}

/** Waits before each restart: quick at first, then slower while starts keep failing. */
const DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];

/**
 * Keeps a child process (the demo gateway) running: when it exits without being asked to, it is
 * started again after a short delay, again and again, until `stop()`.
 */
export function supervise<T extends Supervised>(
  first: T,
  start: () => Promise<T>,
  options: { name: string; log: (line: string) => void; delaysMs?: readonly number[] },
) {
  const delays = options.delaysMs ?? DELAYS_MS;
  let current = first;
  let stopping = false;
  let restarts = 0;

  async function watch(process: T): Promise<void> {
    const how = await process.exited;
    if (stopping) return;
    for (let attempt = 0; !stopping; attempt++) {
      const delay = delays[Math.min(attempt, delays.length - 1)]!;
      options.log(`the ${options.name} exited (${how}); restarting in ${delay / 1000} s`);
      await sleep(delay);
      if (stopping) return;
      try {
        current = await start();
        restarts += 1;
        options.log(`the ${options.name} is running again`);
        if (stopping) return void (await current.stop());
        return void watch(current);
      } catch (error) {
        options.log(`the ${options.name} did not start: ${errorMessage(error)}`);
      }
    }
  }
  void watch(first);

  return {
    current: () => current,
    restarts: () => restarts,
    async stop(): Promise<void> {
      stopping = true;
      await current.stop();
    },
  };
}
