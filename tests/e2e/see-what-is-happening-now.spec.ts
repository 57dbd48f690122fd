import { expect, test } from "@playwright/test";
import { callerTimeoutPlan } from "@/server/demo/plans";
import { connectOperator } from "../support/gateway-operator";

const key = (name: string) => `agent:main:${name}-${Date.now() % 100000}`;

test("a user opens the home page and sees what is happening now, each item a link", async ({ page }) => {
  const [a, b] = [key("now-a"), key("now-b")];
  const operator = await connectOperator();
  await operator.createSession(a, a.split(":")[2]!);
  await operator.createSession(b, b.split(":")[2]!);

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Now" })).toBeVisible();
  await expect(page.getByTestId("sparkline")).toHaveCount(2);

  // A asks B for a slow answer and stops waiting after 2 s, while B works on.
  const runId = await operator.send(a, callerTimeoutPlan(b));
  await operator.close();

  const active = page.getByTestId("overview-active-runs");
  const run = active.locator(`[data-testid="overview-run"][data-run-id="${runId}"]`);
  await expect(run).toBeVisible();
  // Its elapsed time ticks.
  const elapsed = run.locator('[title="Elapsed"]');
  const first = await elapsed.textContent();
  await expect(elapsed).not.toHaveText(first ?? "", { timeout: 5000 });

  const released = page.getByTestId("overview-caller-released-still-running").getByTestId("overview-hop");
  await expect(released.first()).toBeVisible();
  await expect(released.first()).toHaveAttribute("data-state", "caller_released");
  await expect(released.first()).toContainText(b.split(":")[2]!);
  await expect(page.getByTestId("sparkline").first()).toContainText(/\/s/);

  // The released hop links to the call in the caller's timeline.
  await released.first().getByRole("link", { name: /sent/ }).click();
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}`));
});
