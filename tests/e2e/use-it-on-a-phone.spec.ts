import { expect, test } from "@playwright/test";
import { everyPage } from "../support/every-page";

test.use({ viewport: { width: 390, height: 844 } });

test("a user on a phone sees every page fit the screen, with no sideways scrolling", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  for (const { path } of await everyPage(request)) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
    await expect(page.getByText(/^Loading/)).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
  }
});
