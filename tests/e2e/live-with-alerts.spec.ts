import { expect, test } from "@playwright/test";
import { missingTargetPlan } from "@/server/demo/plans";
import { connectOperator } from "../support/gateway-operator";

test("a user sees a recurring failed handoff as one alert with its count, acknowledges it, mutes it and is notified of new ones", async ({
  page,
  context,
}) => {
  const n = Date.now() % 100000;
  const caller = `agent:main:alerting-${n}`;
  const ghost = `agent:main:ghost-${n}`;
  await context.grantPermissions(["notifications"]);
  // Record notifications instead of showing them.
  await page.addInitScript(() => {
    const shown: string[] = [];
    (window as unknown as { shown: string[] }).shown = shown;
    class Recorder {
      static permission = "granted";
      static requestPermission = async () => "granted";
      constructor(title: string, options?: { body?: string }) {
        shown.push(`${title}: ${options?.body ?? ""}`);
      }
    }
    Object.defineProperty(window, "Notification", { value: Recorder });
  });

  const operator = await connectOperator();
  // One after the other: messages sent while the caller is busy are queued, and the gateway
  // may collect queued messages into one run (so fewer failed hops than sends).
  for (let i = 0; i < 3; i++)
    await operator.waitForEnd(await operator.send(caller, missingTargetPlan(ghost)));

  await page.goto("/alerts");
  await expect(page.getByRole("heading", { level: 1, name: "Alerts" })).toBeVisible();
  const group = page.locator('[data-testid="alert-row"][data-kind="failed_hop"]', { hasText: ghost });
  await expect(group).toHaveCount(1);
  await expect(group).toHaveAttribute("data-count", "3", { timeout: 60_000 });
  await expect(group.getByTestId("alert-count")).toHaveText("×3");
  await expect(group).toContainText(/last/);

  const count = page.getByTestId("nav-alerts-count");
  const before = Number(await count.textContent());
  await group.getByTestId("alert-ack").click();
  await expect(group).toHaveAttribute("data-unread", "false");
  await expect(count).toHaveText(String(before - 1));

  // Opted in: a new alert raises a browser notification.
  await page.getByTestId("alert-notify").check();
  await expect(page.getByTestId("alert-notify")).toBeChecked();
  await operator.send(caller, missingTargetPlan(ghost));
  await expect(group).toHaveAttribute("data-count", "4", { timeout: 60_000 });
  await expect(group).toHaveAttribute("data-unread", "true");
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shown: string[] }).shown.join("\n")))
    .toContain(ghost);

  // Muted: folded away below, no longer counted, no longer notified.
  await group.getByTestId("alert-mute").click();
  await expect(
    page.getByTestId("alerts-list").locator('[data-testid="alert-row"]', { hasText: ghost }),
  ).toHaveCount(0);
  await expect(page.getByTestId("muted-alerts")).toContainText("Muted (1)");
  await page.reload();
  await expect(page.getByTestId("muted-alerts")).toContainText("Muted (1)");
  await operator.close();
});
