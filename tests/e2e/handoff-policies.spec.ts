import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { handoffPlan } from "@/server/demo/plans";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const key = (name: string) => `agent:main:${name}-${Date.now() % 100000}`;
const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;
const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

test("with policies on, the target is acknowledged and the caller confirmed, exactly once each", async ({
  page,
}) => {
  const [a, b] = [key("pol-a"), key("pol-b")];
  const operator = await connectOperator();
  await operator.createSession(b, b.split(":")[2]!);
  const runId = await operator.send(a, handoffPlan(b));

  await page.goto(`/runs/${runId}`);
  const notes = page.getByTestId("hop-notes").first();
  await expect(notes).toContainText(/ack/i);
  await expect(notes).toContainText(/confirm/i);

  await expect
    .poll(
      // {sender} is the sender session's label or display name, else its key: never the agent id.
      async () => occurrences(await operator.history(b), "— processing now."),
      { timeout: 30_000 },
    )
    .toBe(1);
  await expect
    .poll(async () => occurrences(await operator.history(a), `Delivered to ${b} at `), { timeout: 30_000 })
    .toBe(1);
  await operator.close();
});

test("a loop A → B → A is stopped by the loop guard", async ({ page }) => {
  const [a, b] = [key("loop-a"), key("loop-b")];
  const operator = await connectOperator();
  await operator.createSession(b, b.split(":")[2]!);
  const back = plan([
    {
      tool: "sessions_send",
      args: { sessionKey: a, message: "back to you", timeoutSeconds: 0 },
      sleepMs: 300,
    },
    { text: "B: bounced." },
  ]);
  const runId = await operator.send(a, handoffPlan(b, { timeoutSeconds: 20, targetMessage: back }));
  await operator.close();

  await page.goto(`/runs/${runId}/chain`);
  // The banner names sessions by label where they have one.
  const [aName, bName] = [a, b].map((k) => k.split(":")[2]);
  await expect(page.getByTestId("loop-banner")).toContainText(
    new RegExp(`Loop: (agent:main:)?${aName} → (agent:main:)?${bName} → (agent:main:)?${aName}`),
  );
  await expect(page.locator('[data-testid="chain-run-bar"][data-status="aborted"]')).toHaveCount(1);
});

test("the settings page shows the policies in force", async ({ page }) => {
  await page.goto("/settings");
  await expect(page.getByTestId("policies-view")).toContainText("Handoff received from {sender}");
  await expect(page.getByTestId("policies-view")).toContainText(/abort/);
});

test("a bad config file is refused at start with a message naming the field", () => {
  const dir = mkdtempSync(join(tmpdir(), "sb-bad-config-"));
  const file = join(dir, "switchboard.config.json");
  writeFileSync(
    file,
    JSON.stringify({ handoffPolicies: { autoAcknowledge: { template: "Hi {who}" }, deliverTo: "pigeon" } }),
  );
  const result = spawnSync(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, SWITCHBOARD_CONFIG_PATH: file, SWITCHBOARD_DATA_DIR: dir, PORT: "0" },
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(result.status).toBe(2);
  expect(result.stderr).toContain("handoffPolicies.autoAcknowledge.template: unknown placeholder {who}");
  expect(result.stderr).toContain("handoffPolicies.deliverTo");
});

test("a script streams a run's progress over SSE and gets one final result", async ({ request }) => {
  const b = key("sse-b");
  const sessions = await request.post("/api/sessions", {
    data: { agentId: "main", key: b.split(":")[2], label: b.split(":")[2] },
  });
  expect(sessions.status()).toBe(201);
  const res = await request.post(
    `/api/sessions/${encodeURIComponent(b)}/messages?events=tool,lifecycle,chat`,
    {
      data: { message: plan([{ tool: "session_status", args: {} }, { text: "SSE-DONE." }]), stream: true },
      timeout: 60_000,
    },
  );
  expect(res.headers()["content-type"]).toContain("text/event-stream");
  const body = await res.text();
  const events = body.split("\n\n").filter((block) => block.includes("event: "));
  expect(events.some((e) => e.includes("event: tool"))).toBe(true);
  const result = events.at(-1)!;
  expect(result).toContain("event: result");
  const data = JSON.parse(result.split("data: ")[1]!) as { status: string; reply: string };
  expect(data).toMatchObject({ status: "completed", reply: "SSE-DONE." });
});
