import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import type { GatewayStatus } from "@/lib/health";
import { createGatewayBridge } from "@/server/gateway/bridge";
import { startFakeGateway } from "../support/fake-gateway";
import { untilTrue as until } from "../support/until";

const dir = mkdtempSync(join(tmpdir(), "switchboard-bridge-states-"));
after(() => rmSync(dir, { recursive: true, force: true }));

function bridgeTo(url: string) {
  const statuses: GatewayStatus[] = [];
  const bridge = createGatewayBridge({
    url,
    token: "t",
    identityFile: join(dir, "identity.json"),
    demo: false,
    onFrame: () => {},
    onSessions: () => {},
    onStatus: (s) => statuses.push(s),
    log: () => {},
  });
  return { bridge, statuses };
}

describe("bridge states against gateways that misbehave", () => {
  it("shows a clear error, and stays down, for a gateway speaking another protocol", async () => {
    const gateway = await startFakeGateway({ protocol: 99 });
    const { bridge, statuses } = bridgeTo(gateway.url);
    bridge.start();
    await until(() => bridge.status().state === "error", "the error state");
    assert.match(bridge.status().error ?? "", /protocol 99; Switchboard supports 4/);
    assert.ok(!statuses.some((s) => s.state === "connected"));
    await bridge.stop();
    await gateway.close();
  });

  it("closes and reconnects after the gateway misses two ticks", async () => {
    const gateway = await startFakeGateway({ tickIntervalMs: 200 });
    const { bridge, statuses } = bridgeTo(gateway.url);
    bridge.start();
    await until(() => statuses.some((s) => s.state === "connected"), "the first connection");
    await until(() => statuses.some((s) => s.state === "disconnected"), "the watchdog to close the socket");
    const down = statuses.find((s) => s.state === "disconnected")!;
    assert.equal(down.error, "missed gateway ticks");
    assert.ok(down.retryAt !== null && down.retryAt > Date.now() - 5000);
    await until(() => gateway.connections() >= 2, "the reconnect");
    await bridge.stop();
    await gateway.close();
  });

  it("retries with a countdown while no gateway listens", async () => {
    const gateway = await startFakeGateway();
    const url = gateway.url;
    await gateway.close();
    const { bridge } = bridgeTo(url);
    bridge.start();
    await until(() => bridge.status().state === "disconnected", "the disconnected state");
    assert.ok(bridge.status().retryAt !== null);
    await bridge.stop();
  });
});
