import { loadConfig } from "@/server/config";
import { startSwitchboard } from "@/server/main";

/**
 * Switchboard as a child process (no pages), so a test can SIGKILL it mid-burst: the real
 * thing crashing, not a close(). Prints `READY <port>` once it listens.
 */
const app = await startSwitchboard(loadConfig(), {
  pages: false,
  gateway: true,
  log: (line) => console.log(line),
});
console.log(`READY ${app.port}`);
