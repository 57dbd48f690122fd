import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
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

/**
 * The compiled server as production runs it, in a process of its own (so its RSS is its
 * own), connected to the load gateway on `gatewayUrl`.
 */
export async function startServerProcess(
  gatewayUrl: string,
  token: string,
  port: number,
  databaseUrl?: string,
) {
  const dataDir = mkdtempSync(join(tmpdir(), "switchboard-bench-rss-"));
  const child = spawn(process.execPath, [join(ROOT, "dist", "server", "main.mjs")], {
    cwd: ROOT,
    stdio: "ignore",
    env: {
      ...process.env,
      PORT: String(port),
      SWITCHBOARD_DATA_DIR: dataDir,
      SWITCHBOARD_TOKEN: token,
      OPENCLAW_GATEWAY_URL: gatewayUrl,
      OPENCLAW_GATEWAY_TOKEN: "bench",
      ...(databaseUrl ? { SWITCHBOARD_DATABASE_URL: databaseUrl } : {}),
    },
  });
  const api = async <T>(path: string): Promise<T | null> => {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    }).catch(() => null);
    return res?.ok ? ((await res.json()) as T) : null;
  };
  const health = () => api<{ gateway: { state: string }; store: { events: number } }>("/api/health");
  while ((await health())?.gateway.state !== "connected") await new Promise((r) => setTimeout(r, 50));
  return {
    dataDir,
    /** Resident memory from /proc, in MB. */
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, "utf8"))![1]) / 1024,
    storedEvents: async () => (await health())!.store.events,
    /** The V8 heap in use, from the server's own /metrics (RSS also counts freed memory not returned). */
    async heapUsedMb() {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${token}` },
      });
      const line = (await res.text()).split("\n").find((l) => l.startsWith("nodejs_heap_size_used_bytes "));
      return Number(line?.split(" ")[1]) / 1e6;
    },
    async completed(runId: string) {
      for (;;) {
        const found = await api<{ run: { status: string } }>(`/api/runs/${runId}`);
        if (found?.run.status === "completed") return;
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
