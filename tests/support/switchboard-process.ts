import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { apiClient, TEST_ADMIN_TOKEN } from "./api-client";
import { untilTrue } from "./until";

/**
 * Switchboard as a child process (`node --import tsx server/main.ts`), so a test can SIGKILL
 * it the way a crash would: no `close()`, no flush. Its log lines are kept for the test to wait on.
 */
export async function startSwitchboardProcess(env: Record<string, string>) {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "tests/support/switchboard-child.ts"],
    {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", SWITCHBOARD_TOKEN: TEST_ADMIN_TOKEN, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines: string[] = [];
  let rest = "";
  const read = (chunk: Buffer) => {
    const text = rest + chunk.toString("utf8");
    const parts = text.split("\n");
    rest = parts.pop() ?? "";
    lines.push(...parts);
  };
  child.stdout!.on("data", read);
  child.stderr!.on("data", read);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const line = async (pattern: RegExp, ms = 60_000) => {
    await untilTrue(() => lines.some((l) => pattern.test(l)), `a log line ${pattern}`, ms);
    return lines.find((l) => pattern.test(l))!;
  };
  const listening = await line(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
  const port = Number(/:(\d+)$/.exec(listening.trim())![1]);
  return {
    port,
    lines,
    line,
    api: () => apiClient(`http://127.0.0.1:${port}`, "admin"),
    /** A crash: the process gets no chance to save or close anything. */
    async kill(): Promise<void> {
      child.kill("SIGKILL");
      await exited;
    },
    async stop(): Promise<void> {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
/** The environment of a Switchboard on its own data dir, connected to `gateway`. */
export function onDataDir(dataDir: string, gateway: { url: string; token: string }): Record<string, string> {
  return {
    SWITCHBOARD_DATA_DIR: dataDir,
    SWITCHBOARD_CONFIG_PATH: join(dataDir, "switchboard.config.json"),
    OPENCLAW_GATEWAY_URL: gateway.url,
    OPENCLAW_GATEWAY_TOKEN: gateway.token,
  };
}

export type SwitchboardProcess = Awaited<ReturnType<typeof startSwitchboardProcess>>;
