import { expect, test } from "@playwright/test";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

test("a user watches a run appear live with its tool call, result and final reply", async ({ page }) => {
  await page.goto("/runs");
  await expect(page.getByTestId("gateway-pill")).toHaveAttribute("data-state", "live");

  const operator = await connectOperator();
  const runId = await operator.send(
    "agent:main:e2e-watch",
    plan([
      { tool: "session_status", args: {}, sleepMs: 1500 },
      { text: "FINAL-REPLY: the answer is 42.", chunks: 6, chunkDelayMs: 400 },
    ]),
  );
  await operator.close();

  const row = page.locator(`[data-testid="run-row"][data-run-id="${runId}"]`);
  await expect(row).toBeVisible();
  await expect(row).toHaveAttribute("data-status", "running");
  await row.getByRole("link").first().click();
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}`));

  const tool = page.locator('[data-testid="tool-card"][data-tool-name="session_status"]');
  await expect(tool).toBeVisible();
  await expect(tool).toHaveAttribute("data-phase", "done");
  await tool.locator("summary", { hasText: "Arguments" }).click();
  await expect(tool.getByTestId("tool-args-json")).toContainText("{}");
  await expect(tool.getByTestId("tool-result")).toContainText("OpenClaw 2026.9");
  await tool.locator("summary", { hasText: "Result" }).click();
  await expect(tool.getByTestId("tool-result-json")).toContainText("OpenClaw 2026.9");

  await expect(page.getByTestId("assistant-text").last()).toContainText("FINAL-REPLY");
  await expect(page.getByTestId("final-reply")).toContainText("FINAL-REPLY: the answer is 42.");
  await expect(page.getByTestId("run-status").first()).toContainText(/completed/i);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/watch-a-run-live.png", fullPage: true });
});

test("an unknown run id shows a clear not-found page with a way back", async ({ page }) => {
  await page.goto("/runs/does-not-exist");
  await expect(page.getByText(/not found/i).first()).toBeVisible();
  await expect(page.getByRole("link", { name: /runs/i }).first()).toBeVisible();
});
