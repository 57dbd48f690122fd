import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { callerTimeoutPlan, chainPlan, fireAndForgetPlan, missingTargetPlan } from "@/server/demo/plans";
import { connectOperator } from "../support/gateway-operator";

/** Each journey uses its own sessions, so they never see each other's hops. */
const key = (name: string) => `agent:main:${name}-${test.info().workerIndex}-${Date.now() % 100000}`;

test("a user watches an A → B → C chain build up live, each hop replied", async ({ page }) => {
  const [a, b, c] = [key("chain-a"), key("chain-b"), key("chain-c")];
  const operator = await connectOperator();
  await operator.createSession(b, b.split(":")[2]!);
  await operator.createSession(c, c.split(":")[2]!);
  const runId = await operator.send(a, chainPlan(b, c));
  await operator.close();

  await page.goto(`/runs/${runId}/chain`);
  const view = page.getByTestId("chain-view");
  await expect(view.getByTestId("chain-lane")).toHaveCount(3);
  await expect(view.getByTestId("hop-arrow")).toHaveCount(2);
  await expect(view.locator('[data-testid="hop-arrow"][data-state="replied"]')).toHaveCount(2);
  for (const session of [a, b, c])
    await expect(view.locator(`[data-testid="chain-lane"][data-session-key="${session}"]`)).toHaveCount(1);
  await page.screenshot({ path: "test-results/chain-a-b-c.png", fullPage: true });

  // The legend names the marks of the drawing shown: the graph has no wait windows or queue lines.
  const legend = page.getByTestId("chain-legend");
  await expect(legend).toHaveAttribute("data-mode", "lanes");
  await expect(legend).toContainText("caller waiting");
  await page.getByRole("group", { name: "Chain layout" }).getByRole("button", { name: "Graph" }).click();
  await expect(legend).toHaveAttribute("data-mode", "graph");
  await expect(legend).not.toContainText("caller waiting");

  // The handoffs page exports what it shows, as CSV and OTLP beside JSON.
  await page.goto(`/handoffs?session=${encodeURIComponent(a)}`);
  const exported = async (format: string) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId(`export-${format}`).click(),
    ]);
    return readFileSync((await download.path())!, "utf8");
  };
  const csv = (await exported("csv")).split("\r\n");
  expect(csv[0]).toMatch(/^hop_id,kind,state,caller_session,/);
  expect(csv.some((line) => line.includes(a) && line.includes(b))).toBe(true);
  const otlp = JSON.parse(await exported("otlp")) as { resourceSpans: unknown[] };
  expect(otlp.resourceSpans.length).toBeGreaterThan(0);
});

test("a user sees a caller released while its target keeps running, then the target complete", async ({
  page,
}) => {
  const [a, b] = [key("slow-a"), key("slow-b")];
  const operator = await connectOperator();
  await operator.createSession(b, b.split(":")[2]!);
  const runId = await operator.send(a, callerTimeoutPlan(b));
  await operator.close();

  await page.goto(`/runs/${runId}/chain`);
  const hop = page.getByTestId("hop-arrow").first();
  await expect(hop).toHaveAttribute("data-state", "caller_released");
  await expect(page.getByTestId("wait-window").first()).toBeVisible();
  await page.screenshot({ path: "test-results/chain-caller-released.png", fullPage: true });
  await expect(hop).toHaveAttribute("data-state", /completed|replied/, { timeout: 45_000 });
});

test("a user sees a send to a missing session rejected, with the gateway's reason", async ({ page }) => {
  const operator = await connectOperator();
  const runId = await operator.send(key("lonely"), missingTargetPlan("agent:main:ghost"));
  await operator.close();

  await page.goto(`/runs/${runId}/chain`);
  await expect(page.getByTestId("hop-arrow").first()).toHaveAttribute("data-state", "rejected");
  await expect(page.getByText(/No session found: agent:main:ghost/).first()).toBeVisible();
});

test("a user follows a fire-and-forget send to its end and finds it on the handoffs page", async ({
  page,
}) => {
  const [a, b] = [key("ff-a"), key("ff-b")];
  const operator = await connectOperator();
  await operator.createSession(b, b.split(":")[2]!);
  const runId = await operator.send(a, fireAndForgetPlan(b));
  await operator.close();

  await page.goto(`/runs/${runId}/chain`);
  await expect(page.getByTestId("hop-arrow").first()).toHaveAttribute("data-state", /completed|replied/);

  await page.goto(`/handoffs?session=${encodeURIComponent(b)}`);
  const row = page.getByTestId("hop-row").first();
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute("data-state", /completed|replied/);
});
