import { expect, test, type Page } from "@playwright/test";
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
    expect(overflow, `${path} overflows by ${overflow}px: ${await widest(page)}`).toBeLessThanOrEqual(0);
  }
});

/** The innermost elements that reach past the screen's right edge, to say what overflows. */
function widest(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll("body *")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .filter(
        (el) => ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 0.5),
      )
      .slice(0, 5)
      .map(
        (el) =>
          `<${el.tagName.toLowerCase()} class="${el.getAttribute("class") ?? ""}">${(el.textContent ?? "").slice(0, 40)}`,
      )
      .join(" | "),
  );
}
