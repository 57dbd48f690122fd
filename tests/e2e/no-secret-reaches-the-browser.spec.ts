import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { e2eServer } from "../support/e2e-paths";
import { connectOperator } from "../support/gateway-operator";

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

/** The secrets the server holds: none may be in the bundle, an API answer or a socket frame. */
function secrets(): Record<string, string> {
  const server = e2eServer();
  const device = JSON.parse(readFileSync(join(server.dataDir, "device-identity.json"), "utf8")) as {
    privateKeyPem: string;
  };
  const keyBody = device.privateKeyPem.replace(/-----[^-]+-----/g, "").replace(/\s/g, "");
  return { "gateway token": server.token, "device private key": keyBody, "admin token": server.adminToken };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const found = (text: string, all: Record<string, string>) =>
  Object.entries(all)
    .filter(([, secret]) => text.includes(secret))
    .map(([name]) => name);

test("no secret reaches the browser: not in the bundle, an API answer or a socket frame", async ({
  page,
  request,
}) => {
  const all = secrets();
  const bundle = filesUnder(join(process.cwd(), ".next", "static"));
  expect(bundle.length).toBeGreaterThan(10);
  for (const file of bundle) expect(found(readFileSync(file, "latin1"), all), file).toEqual([]);

  const seen: string[] = [];
  page.on("response", (res) => {
    // API answers, and socket.io's polling answers (its first packets, before the WebSocket).
    if (/\/(api|socket\.io)\//.test(res.url()))
      void res.text().then(
        (t) => seen.push(t),
        () => {},
      );
  });
  page.on("websocket", (ws) => ws.on("framereceived", (f) => seen.push(String(f.payload))));
  const { runs } = (await (await request.get("/api/runs?limit=1")).json()) as { runs: { runId: string }[] };
  for (const path of [
    "/sessions",
    "/handoffs",
    "/alerts",
    "/settings",
    "/audit",
    `/runs/${runs[0]!.runId}`,
  ]) {
    await page.goto(path);
    await expect(page.getByRole("banner").getByTestId("gateway-pill")).toHaveAttribute("data-state", "live");
  }
  // Live traffic over the page's WebSocket: a run's updates while the runs list is open.
  const socket = page.waitForEvent("websocket");
  await page.goto("/runs");
  const frame = (await socket).waitForEvent("framereceived", {
    predicate: (f) => String(f.payload).includes('"run:updated"'),
  });
  const operator = await connectOperator();
  await operator.send(`agent:main:secrets-${Date.now() % 100000}`, plan([{ text: "nothing to see" }]));
  await operator.close();
  await frame;
  const runId = runs[0]!.runId;
  for (const path of [
    "/api/health",
    "/api/auth/me",
    "/api/runs",
    `/api/runs/${runId}`,
    `/api/runs/${runId}/events`,
    `/api/runs/${runId}/chain`,
    `/api/runs/${runId}/chain/export?format=otlp`,
    "/api/sessions",
    "/api/hops",
    "/api/hops/export",
    "/api/alerts",
    "/api/policies",
    "/api/tokens",
    "/api/audit",
    "/api/audit/export",
  ])
    seen.push(await (await request.get(path)).text());
  expect(seen.length).toBeGreaterThan(30);
  expect(found(seen.join("\n"), all)).toEqual([]);
});
