import { expect, test } from "@playwright/test";
import { e2eServer } from "../support/e2e-paths";

test("a user who loses the gateway sees why in a banner, the page greyed out as stale, and both clear once it is back", async ({
  page,
}) => {
  await page.goto("/runs");
  await expect(page.getByTestId("gateway-pill")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("connection-banner")).toHaveCount(0);

  // The link between Switchboard and the gateway drops for 8 s.
  process.kill(e2eServer().pid, "SIGUSR2");
  const banner = page.getByTestId("connection-banner");
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute("data-state", "reconnecting");
  await expect(banner).toContainText(/Reconnecting: .+/);
  await expect(banner).toContainText("may be out of date");
  await expect(page.getByRole("main")).toHaveAttribute("data-stale", "true");
  await expect(page.getByRole("banner")).toContainText("Reconnecting");

  await expect(page.getByTestId("gateway-pill")).toHaveAttribute("data-state", "live", { timeout: 60_000 });
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole("main")).not.toHaveAttribute("data-stale", "true");
});
