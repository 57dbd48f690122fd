import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DatabaseSync } from "node:sqlite";
import { it } from "node:test";
import type { Health } from "@/lib/health";
import { apiClient } from "../../support/api-client";
import { until } from "../../support/until";
import type { Scenario } from "./scenario";

const healthOf = async (api: ReturnType<typeof apiClient>) =>
  (await (await api.get("/api/health")).json()) as Health;

/** Locked database and full disk: an error state on /api/health, nothing acknowledged lost, recovery by itself. */
export function registerStoreFaultTests(scenario: Scenario, dataDir: () => string): void {
  it("a locked database: error state while locked, every event stored once it is released", async () => {
    const dir = dataDir();
    let locker: DatabaseSync | null = null;
    await survivesStoreFault(scenario, dir, "locked-database", {
      inflict: () => {
        locker = new DatabaseSync(join(dir, "switchboard.db"));
        locker.exec("BEGIN EXCLUSIVE");
      },
      release: () => {
        locker?.exec("COMMIT");
        locker?.close();
      },
      error: /locked|busy/i,
    });
  });

  it("a full disk: error state while full, recovers by itself once space is freed", async (t) => {
    const dir = join(dataDir(), "tiny");
    mkdirSync(dir);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=3m", "tmpfs", dir]);
    } catch {
      t.skip("no tmpfs here (mount needs root)");
      return;
    }
    try {
      const filler = join(dir, "filler");
      const app = await survivesStoreFault(scenario, dir, "disk-full", {
        inflict: () => fill(filler),
        release: () => rmSync(filler),
        error: /full/i,
      });
      await app.close();
    } finally {
      execFileSync("umount", ["-l", dir]);
    }
  });
}

/**
 * Starts Switchboard on `dir`, inflicts the fault, runs a burst of two runs through it, and
 * checks the error state, the recovery once the fault is released, and that nothing acknowledged
 * was lost: the held events are written once the store takes them again, so there is no gap.
 */
async function survivesStoreFault(
  scenario: Scenario,
  dir: string,
  name: string,
  fault: { inflict: () => void; release: () => void; error: RegExp },
) {
  const app = await scenario.startApp(dir);
  const api = apiClient(`http://127.0.0.1:${app.port}`);
  await until(
    () => app.status(),
    (s) => s.state === "connected",
    "connected",
  );
  fault.inflict();
  const { sessions, runIds } = await scenario.burst(name, 2, 200);
  const refused = await until(
    () => healthOf(api),
    (h) => h.store.state === "error",
    "the error state",
  );
  assert.equal(refused.ok, false);
  assert.match(refused.store.error ?? "", fault.error);
  await scenario.waitForGateway(runIds);
  fault.release();
  await until(
    () => healthOf(api),
    (h) => h.store.state === "ok" && h.ok,
    "recovery by itself",
  );
  const comparison = await compare(scenario, api, sessions);
  console.warn(`FIGURES ${name}: ${JSON.stringify(comparison)}`);
  assert.deepEqual(comparison.mismatches, []);
  assert.equal(comparison.statuses.completed, 2);
  return app;
}

/** Fills the file system until it refuses another byte. */
function fill(file: string): void {
  const chunk = Buffer.alloc(64 * 1024);
  let data = Buffer.alloc(0);
  for (;;) {
    try {
      data = Buffer.concat([data, chunk]);
      writeFileSync(file, data);
    } catch {
      for (let size = data.length - chunk.length; ; size += 512) {
        try {
          writeFileSync(file, Buffer.alloc(size + 512));
        } catch {
          return;
        }
      }
    }
  }
}

async function compare(scenario: Scenario, api: ReturnType<typeof apiClient>, sessions: string[]) {
  const { compareWithGateway } = await import("../../support/history-comparison");
  return until(
    () => compareWithGateway(api, scenario.gateway, sessions),
    (c) => c.mismatches.length === 0,
    "the store to match the gateway's history",
  );
}
