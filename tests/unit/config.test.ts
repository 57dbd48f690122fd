import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ConfigError, loadConfig } from "@/server/config";

const nowhere = { OPENCLAW_CONFIG_PATH: "/nonexistent/openclaw.json" };

describe("configuration from the environment", () => {
  it("uses the documented defaults", () => {
    const config = loadConfig(nowhere);
    assert.equal(config.host, "127.0.0.1");
    assert.equal(config.port, 3000);
    assert.match(config.dataDir, /\/data$/);
    assert.equal(config.gateway, null);
  });

  it("keeps the embedded store unless a PostgreSQL URL is given, and names the instance", () => {
    const embedded = loadConfig(nowhere);
    assert.equal(embedded.databaseUrl, null);
    assert.equal(embedded.redisUrl, null);
    assert.match(embedded.instanceId, /-\d+$/);
    const shared = loadConfig({
      ...nowhere,
      SWITCHBOARD_DATABASE_URL: "postgres://sb:pw@db:5432/switchboard",
      SWITCHBOARD_REDIS_URL: "redis://redis:6379",
      SWITCHBOARD_INSTANCE_ID: "sb-1",
    });
    assert.equal(shared.databaseUrl, "postgres://sb:pw@db:5432/switchboard");
    assert.equal(shared.redisUrl, "redis://redis:6379");
    assert.equal(shared.instanceId, "sb-1");
    assert.throws(
      () => loadConfig({ ...nowhere, SWITCHBOARD_DATABASE_URL: "mysql://db/x" }),
      /SWITCHBOARD_DATABASE_URL: expected a PostgreSQL URL/,
    );
  });

  it("takes the gateway URL and token from the environment first", () => {
    const config = loadConfig({
      ...nowhere,
      OPENCLAW_GATEWAY_URL: "ws://10.0.0.2:18789",
      OPENCLAW_GATEWAY_TOKEN: "t",
    });
    assert.deepEqual(config.gateway, { url: "ws://10.0.0.2:18789", token: "t", source: "env" });
  });

  it("discovers a local gateway's port and token from the OpenClaw config file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sb-config-")), "openclaw.json");
    writeFileSync(
      file,
      JSON.stringify({ gateway: { port: 19001, auth: { mode: "token", token: "secret" } } }),
    );
    assert.deepEqual(loadConfig({ OPENCLAW_CONFIG_PATH: file }).gateway, {
      url: "ws://127.0.0.1:19001",
      token: "secret",
      source: "openclaw-config",
    });
  });

  it("names each bad variable and what it expects, one line each", () => {
    assert.throws(
      () => loadConfig({ ...nowhere, PORT: "eighty", OPENCLAW_GATEWAY_URL: "http://x" }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(error.message, /PORT: expected a whole number from 0 to 65535/);
        assert.match(error.message, /OPENCLAW_GATEWAY_URL: expected a WebSocket URL/);
        return true;
      },
    );
  });

  it("refuses an OpenClaw config file that is not JSON, naming the file", () => {
    const file = join(mkdtempSync(join(tmpdir(), "sb-config-")), "openclaw.json");
    writeFileSync(file, "{ nope");
    assert.throws(
      () => loadConfig({ OPENCLAW_CONFIG_PATH: file }),
      /OPENCLAW_CONFIG_PATH: .* is not valid JSON/,
    );
  });

  it("treats an empty variable as unset", () => {
    assert.equal(loadConfig({ ...nowhere, PORT: "" }).port, 3000);
  });
});
