import { expect, test, type Locator } from "@playwright/test";
import { busyPlan, handoffPlan, planMessage, textStep } from "@/server/demo/plans";
import { connectOperator } from "../support/gateway-operator";

const key = (name: string) => `agent:main:${name}-${Date.now() % 100000}`;
const widthOf = async (line: Locator) =>
  Number(await line.getAttribute("x2")) - Number(await line.getAttribute("x1"));

test("a user watches a handoff wait in a busy target's queue, the wait growing, then run and reply", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const [a, b] = [key("queue-a"), key("queue-b")];
  const operator = await connectOperator();
  await operator.createSession(b, b.split(":")[2]!);
  await operator.send(b, busyPlan(20_000, "B's own work is done."));
  const runId = await operator.send(a, handoffPlan(b, { timeoutSeconds: 60 }));
  await operator.close();

  await page.goto(`/runs/${runId}/chain`);
  const hop = page.getByTestId("hop-arrow").first();
  await expect(hop).toHaveAttribute("data-state", "queued", { timeout: 45_000 });
  // A horizontal line has no height: it is there (attached), not "visible" to Playwright.
  const wait = page.locator('[data-testid="queue-wait"][data-live="true"]');
  await expect(wait).toBeAttached();
  const before = await widthOf(wait);
  await expect
    .poll(() => widthOf(wait), { message: "the dotted queue wait grows" })
    .toBeGreaterThan(before + 4);
  await expect(page.getByTestId("queue-wait-label")).toContainText(/queued behind run \w+… for \d+ s so far/);
  await page.screenshot({ path: "test-results/queue-wait-growing.png", fullPage: true });

  await page.goto(`/runs/${runId}`);
  const line = page.getByTestId("hop-queue");
  await expect(line).toContainText(/Queued behind run \w+… for \d+ s so far/);
  await page.screenshot({ path: "test-results/queue-wait-card.png", fullPage: true });

  await expect(page.getByTestId("handoff-card").first()).toHaveAttribute("data-state", "replied", {
    timeout: 60_000,
  });
  await expect(line).toContainText(/Queued behind run \w+… for \d+(\.\d)? s$/);
  await page.goto(`/runs/${runId}/chain`);
  await expect(page.locator('[data-testid="queue-wait"][data-live="false"]')).toHaveCount(1);
  await page.screenshot({ path: "test-results/queue-wait-resolved.png", fullPage: true });
});

test("a user sees a send to a label no session has named as such, not as a session", async ({ page }) => {
  const operator = await connectOperator();
  const runId = await operator.send(
    key("label-a"),
    planMessage("Send by a label.", [
      { tool: "sessions_send", args: { label: "sb-nobody-has-this", message: "Anyone?", timeoutSeconds: 5 } },
      textStep("Nobody there."),
    ]),
  );
  await operator.close();

  await page.goto(`/runs/${runId}`);
  await expect(page.getByTestId("unknown-label")).toHaveText("label sb-nobody-has-this (no such session)");
  await expect(page.getByTestId("handoff-card").first()).toHaveAttribute("data-state", "rejected");
});
