import { execFileSync } from "node:child_process";

export const TEST_REDIS_URL = "redis://127.0.0.1:6379";

/**
 * The machine's Redis, started the way CI starts it when it is not answering. Missing Redis
 * is a failure with a clear message, never a skip.
 */
export function ensureRedis(): void {
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: "utf8", stdio: "pipe" });
  try {
    run("redis-server", ["--version"]);
  } catch {
    throw new Error(
      "Redis is not installed: apt-get install -y redis-server (.ci/run does it). The scale-out tests need it.",
    );
  }
  try {
    if (run("redis-cli", ["ping"]).trim() === "PONG") return;
  } catch {
    // not running yet
  }
  run("redis-server", ["--daemonize", "yes", "--bind", "127.0.0.1"]);
}
