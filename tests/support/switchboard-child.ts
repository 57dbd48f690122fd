import { loadConfig } from "@/server/config";
import { startSwitchboard } from "@/server/main";

/**
 * Switchboard as a child process (no pages), so a test can SIGKILL it mid-burst: the real
 * thing crashing, not a close(). Prints `READY <port>` once it listens.
 */
async function main(): Promise<void> {
  const app = await startSwitchboard(loadConfig(), {
    pages: false,
    gateway: true,
    log: (line) => console.warn(line),
  });
  process.stdout.write(`READY ${app.port}\n`);
}

void main();
