import { spawn } from "node:child_process";
import type { Socket } from "node:net";

/**
 * Runs in a detached watchdog process. Its stdin is a pipe that only the parent holds, so the
 * pipe ends when the parent dies in any way (even SIGKILL, which skips every exit handler).
 * It then stops the gateway's whole process group. It exits by itself once the gateway is gone.
 */
const WATCHDOG = `
const pid = Number(process.argv[1]);
const alive = () => { try { process.kill(pid, 0); return true; } catch { return false; } };
const signalGroup = (signal) => { try { process.kill(-pid, signal); } catch {} };
setInterval(() => { if (!alive()) process.exit(0); }, 1000);
process.stdin.on("end", () => {
  signalGroup("SIGTERM");
  setTimeout(() => { signalGroup("SIGKILL"); process.exit(0); }, 5000);
});
process.stdin.resume();
`;

/** Makes sure the process group led by `pid` dies with this process. */
export function killWithParent(pid: number): void {
  const watchdog = spawn(process.execPath, ["-e", WATCHDOG, String(pid)], {
    detached: true,
    stdio: ["pipe", "ignore", "ignore"],
  });
  // Neither the watchdog nor its pipe may keep this process alive.
  watchdog.unref();
  (watchdog.stdin as Socket).unref();
}
