import { expect, test } from "@playwright/test";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { E2E_PLAIN_PORT } from "../support/e2e-paths";
import { connectOperator } from "../support/gateway-operator";
import { serveHostilePage } from "../support/hostile-page";

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;
const suffix = () => `${Date.now() % 100000}`;
/** The attacker's origin: a port past both e2e dashboards', on the same machine. */
const HOSTILE_PORT = E2E_PLAIN_PORT + 1;

test("a signed-in user visits a hostile page: it cannot send, create, abort, read or open a socket", async ({
  page,
  request,
  baseURL,
}) => {
  const target = `agent:main:victim-${suffix()}`;
  const busy = `agent:main:busy-${suffix()}`;
  const operator = await connectOperator();
  await operator.createSession(target, target.split(":")[2]!);
  const runId = await operator.send(busy, plan([{ text: "working…", sleepMs: 60_000 }]));
  await operator.close();
  await expect
    .poll(
      async () =>
        ((await (await request.get(`/api/runs/${runId}`)).json()) as { run?: { status: string } }).run
          ?.status,
    )
    .toBe("running");

  const hostile = await serveHostilePage(HOSTILE_PORT, baseURL!);
  const keys = {
    key: `attacker-${suffix()}`,
    createKey: `csrf-${suffix()}`,
    corsKey: `cors-${suffix()}`,
    formKey: `form-${suffix()}`,
  };
  const query = new URLSearchParams({ session: target, message: plan([{ text: "PWNED" }]), runId, ...keys });
  try {
    await page.goto(`${hostile.url}?${query}`);
    const results = (await page
      .waitForFunction(() => (window as unknown as { __results?: unknown }).__results, null, {
        timeout: 30_000,
      })
      .then((h) => h.jsonValue())) as Record<string, unknown>;

    // What the page could tell: no API answer readable, no socket message.
    expect(results.cors).toBe("blocked");
    expect(results.read).toBe("blocked");
    expect(results.socket).toEqual([]);

    // What actually happened, asked as the admin: nothing.
    const runs = (await (await request.get(`/api/runs?session=${encodeURIComponent(target)}`)).json()) as {
      runs: unknown[];
    };
    expect(runs.runs).toHaveLength(0);
    const sessions = JSON.stringify(await (await request.get("/api/sessions")).json());
    for (const key of [keys.createKey, keys.corsKey, keys.formKey]) expect(sessions).not.toContain(key);
    const run = (await (await request.get(`/api/runs/${runId}`)).json()) as { run: { status: string } };
    expect(run.run.status).toBe("running");

    // The admin sees the refused attempts in the audit log, with the reason.
    const audit = (await (await request.get("/api/audit?limit=50")).json()) as {
      entries: { action: string; outcome: string; detail: string | null }[];
    };
    const refused = audit.entries.filter(
      (e) => e.outcome === "denied" && /Cross-site|application\/json/.test(e.detail ?? ""),
    );
    expect(new Set(refused.map((e) => e.action))).toEqual(new Set(["send", "create_session", "abort"]));
  } finally {
    await hostile.close();
    await request.post(`/api/runs/${runId}/abort`, { data: {} });
  }
});
