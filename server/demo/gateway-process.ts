import { spawn } from "node:child_process";
import { once } from "node:events";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { killWithParent } from "./orphan-guard";

export interface GatewayProcess {
  pid: number;
  /** Resolves when the process has exited, with its exit code or signal. */
  exited: Promise<string>;
  /** The last lines it printed, for error messages. */
  recentLines(): string[];
  /** Calls `listener` for each line printed from now on; returns an unsubscribe function. */
  onLine(listener: (line: string) => void): () => void;
  /** SIGTERM, then SIGKILL to the whole group after `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const KEPT_LINES = 40;

export async function spawnGatewayProcess(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  cwd: string,
): Promise<GatewayProcess> {
  // Own process group, so the final sweep can reach helpers that share it. (Its helpers also
  // exit by themselves when the gateway dies, even by SIGKILL: measured.)
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  await once(child, "spawn"); // rejects with the real error (ENOENT, EACCES…)
  const pid = child.pid!;
  killWithParent(pid);
  const exited = once(child, "exit").then(([code, signal]) => (signal ? `signal ${signal}` : `code ${code}`));
  const lines: string[] = [];
  const listeners = new Set<(line: string) => void>();
  for (const stream of [child.stdout, child.stderr] as Readable[]) {
    createInterface({ input: stream }).on("line", (line) => {
      lines.push(line);
      if (lines.length > KEPT_LINES) lines.shift();
      for (const listener of listeners) listener(line);
    });
  }
  return {
    pid,
    exited,
    recentLines: () => [...lines],
    onLine(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async stop(graceMs = 5000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timedOut = await Promise.race([exited.then(() => false), sleep(graceMs, true, { ref: false })]);
      if (timedOut) signalGroup(pid, "SIGKILL");
      await exited;
      // Sweep helpers that outlived the gateway.
      signalGroup(pid, "SIGKILL");
    },
  };
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
