import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(import.meta.dirname, "..");

/**
 * Start to serving with the README's command: `npm start` (the compiled server, built at
 * install), timed from spawn until /api/health answers. The gateway is a closed port
 * ("gateway aside"). Needs `npm run build` (npm install does it).
 */
export async function startToServing(port: number): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-bench-start-"));
  const started = performance.now();
  const child = spawn("npm", ["start", "--silent"], {
    cwd: ROOT,
    detached: true,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      SWITCHBOARD_DATA_DIR: dataDir,
      OPENCLAW_GATEWAY_URL: "ws://127.0.0.1:9",
      OPENCLAW_GATEWAY_TOKEN: "bench",
    },
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    process.kill(-child.pid!, "SIGTERM");
    await new Promise((r) => child.once("exit", r));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
