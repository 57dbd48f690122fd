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
    const app = await scenario.startApp(dir);
    const api = apiClient(`http://127.0.0.1:${app.port}`);
    await until(
      () => app.status(),
      (s) => s.state === "connected",
      "connected",
    );
    const locker = new DatabaseSync(join(dir, "switchboard.db"));
    locker.exec("BEGIN EXCLUSIVE");
    const { sessions, runIds } = await scenario.burst("locked", 2, 200);
    const refused = await until(
      () => healthOf(api),
      (h) => h.store.state === "error",
      "the error state",
    );
    assert.equal(refused.ok, false);
    assert.match(refused.store.error ?? "", /locked|busy/i);
    await scenario.waitForGateway(runIds);
    locker.exec("COMMIT");
    locker.close();
    await until(
      () => healthOf(api),
      (h) => h.store.state === "ok" && h.ok,
      "recovery by itself",
    );
    // Nothing was dropped, so no gap: the held events were written once the lock went.
    const comparison = await compare(scenario, api, sessions);
    console.warn(`FIGURES locked-database: ${JSON.stringify(comparison)}`);
    assert.deepEqual(comparison.mismatches, []);
    assert.equal(comparison.statuses.completed, 2);
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
      const app = await scenario.startApp(dir);
      const api = apiClient(`http://127.0.0.1:${app.port}`);
      await until(
        () => app.status(),
        (s) => s.state === "connected",
        "connected",
      );
      const filler = join(dir, "filler");
      fill(filler);
      const { sessions, runIds } = await scenario.burst("disk-full", 2, 200);
      const refused = await until(
        () => healthOf(api),
        (h) => h.store.state === "error",
        "the error state",
      );
      assert.match(refused.store.error ?? "", /full/i);
      await scenario.waitForGateway(runIds);
      rmSync(filler);
      await until(
        () => healthOf(api),
        (h) => h.store.state === "ok",
        "recovery by itself",
      );
      const comparison = await compare(scenario, api, sessions);
      console.warn(`FIGURES disk-full: ${JSON.stringify(comparison)}`);
      assert.deepEqual(comparison.mismatches, []);
      assert.equal(comparison.statuses.completed, 2);
      await app.close();
    } finally {
      execFileSync("umount", ["-l", dir]);
    }
  });
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
