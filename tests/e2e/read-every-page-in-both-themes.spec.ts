import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { everyPage } from "../support/every-page";

for (const colorScheme of ["light", "dark"] as const) {
  test(`a user whose system is ${colorScheme} reads every page in that theme, with no serious accessibility problem`, async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme });
    for (const { path } of await everyPage(request)) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", colorScheme);
      await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
      await expect(page.getByRole("main")).toHaveCount(1);
      // Let live data settle (loading notices turn into content).
      await expect(page.getByText(/^Loading/)).toHaveCount(0);
      const { violations } = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21aa"])
        .analyze();
      const serious = violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map(
          (v) =>
            `${v.id} (${v.nodes.length}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(" "))
              .join(" | ")}`,
        );
      expect(serious, `${path} in ${colorScheme}`).toEqual([]);
    }
  });
}

test("a user switches the theme with the toggle, and the choice is kept", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/");
  const toggle = page.getByTestId("theme-toggle");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await toggle.click();
  await expect(toggle).toHaveAttribute("data-theme-choice", "light");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  const background = await page.locator("body").evaluate((el) => getComputedStyle(el).backgroundColor);
  // White, however this Chromium writes it (a colour that just transitioned comes back in lab()).
  expect(background).toMatch(/oklch\(1 0 0\)|rgb\(255, 255, 255\)|lab\(100 0 0\)/);
});
