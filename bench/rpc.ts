import { Worker } from "node:worker_threads";
import type { Commands } from "./outside";

/** The main thread's handle on bench/outside.ts: one call per measurement, awaited. */
export function startOutside() {
  const worker = new Worker(new URL("./outside.ts", import.meta.url));
  let next = 0;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  worker.on("message", (m: { id: number; result?: unknown; error?: string }) => {
    const w = waiting.get(m.id)!;
    waiting.delete(m.id);
    if (m.error) w.reject(new Error(m.error));
    else w.resolve(m.result);
  });
  return {
    call<K extends keyof Commands>(cmd: K, args?: Parameters<Commands[K]>[0]): ReturnType<Commands[K]> {
      const id = ++next;
      worker.postMessage({ id, cmd, args });
      return new Promise((resolve, reject) => waiting.set(id, { resolve, reject })) as ReturnType<
        Commands[K]
      >;
    },
    stop: () => worker.terminate(),
  };
}
