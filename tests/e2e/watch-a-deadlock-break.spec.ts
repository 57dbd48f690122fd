import { expect, test } from "@playwright/test";
import { cyclePlan } from "@/server/demo/plans";
import { E2E_PLAIN_PORT, e2eStorageState } from "../support/e2e-paths";
import { connectOperator } from "../support/gateway-operator";

// The dashboard without handoff policies: the other one's loop guard would abort the cycle.
test.use({ baseURL: `http://127.0.0.1:${E2E_PLAIN_PORT}`, storageState: e2eStorageState(E2E_PLAIN_PORT) });

const key = (name: string) => `agent:main:${name}-${Date.now() % 100000}`;
const secondsLeft = async (text: Promise<string | null>) =>
  Number(/Breaks in (\d+) s/.exec((await text) ?? "")?.[1]);

async function startCycle(sessions: string[], waits: number[]): Promise<string> {
  const operator = await connectOperator(E2E_PLAIN_PORT);
  for (const session of sessions) await operator.createSession(session, session.split(":")[2]!);
  const runId = await operator.send(sessions[0]!, cyclePlan(sessions, waits));
  await operator.close();
  return runId;
}

test("a user watches a deadlock banner count down, then sees how the deadlock ended", async ({ page }) => {
  test.setTimeout(120_000);
  const [a, b] = [key("dl-a"), key("dl-b")];
  const runId = await startCycle([a, b], [20, 60]);

  await page.goto(`/runs/${runId}/chain`);
  const banner = page.getByTestId("deadlock-banner");
  await expect(banner).toHaveAttribute("data-state", "live", { timeout: 45_000 });
  const [aName, bName] = [a, b].map((k) => k.split(":")[2]);
  await expect(banner).toContainText(
    `${aName} waits for ${bName}; ${bName}'s message to ${aName} is queued behind ${aName}'s run.`,
  );
  const countdown = page.getByTestId("deadlock-countdown");
  await expect(countdown).toContainText(
    new RegExp(`Breaks in \\d+ s, when ${aName}'s 20 s wait runs out\\.`),
  );
  const first = await secondsLeft(countdown.textContent());
  await expect
    .poll(() => secondsLeft(countdown.textContent()), { message: "the countdown runs" })
    .toBeLessThan(first);
  await page.screenshot({ path: "test-results/deadlock-counting-down.png", fullPage: true });

  await expect(banner).toHaveAttribute("data-state", "ended", { timeout: 40_000 });
  await expect(countdown).toContainText(
    new RegExp(`Ended after \\d+(\\.\\d)? s: ${aName}'s 20 s wait ran out\\.`),
  );
  await page.screenshot({ path: "test-results/deadlock-ended.png", fullPage: true });

  await page.goto("/alerts");
  const alert = page.locator('[data-testid="alert-row"][data-kind="deadlock"]').first();
  await expect(alert).toContainText(/Deadlock: .+ Ended after/);
});

test("a user on a phone breaks a live deadlock at once, by keyboard, after confirming", async ({ page }) => {
  const [a, b] = [key("brk-a"), key("brk-b")];
  const runId = await startCycle([a, b], [60, 90]);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/runs/${runId}`);
  const banner = page.getByTestId("deadlock-banner");
  await expect(banner).toHaveAttribute("data-state", "live", { timeout: 45_000 });
  await page.screenshot({ path: "test-results/deadlock-live-390.png" });
  await page.getByTestId("break-deadlock").focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alertdialog")).toContainText("Break this deadlock now?");
  await page.getByTestId("break-deadlock-confirm").click();
  await expect(banner).toHaveAttribute("data-state", "ended");
  await expect(page.getByTestId("deadlock-countdown")).toContainText("a run in the cycle was stopped");
  await page.screenshot({ path: "test-results/deadlock-broken.png", fullPage: true });
});
