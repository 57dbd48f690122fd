import { expect, test } from "@playwright/test";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const plan = (text: string) => `Answer briefly.\n${PLAN_MARKER} ${JSON.stringify([{ text }])}`;

test("a user moves through the runs list, opens a run, follows and changes page with the keyboard only", async ({
  page,
}) => {
  const sessionKey = `agent:main:keys-${Date.now() % 100000}`;
  const operator = await connectOperator();
  await operator.createSession(sessionKey, sessionKey.split(":")[2]!);
  // The second waits behind the first and runs under an id of its own.
  await operator.send(sessionKey, plan("first"));
  await operator.send(sessionKey, plan("second"));
  await operator.close();

  await page.goto(`/runs?session=${encodeURIComponent(sessionKey)}`);
  const rows = page.getByTestId("run-row");
  // Both runs ended (the second's carrier run appears only once the first is done): the list holds still.
  await expect(page.locator('[data-testid="run-row"][data-status="completed"]')).toHaveCount(2, {
    timeout: 60_000,
  });
  await expect(rows).toHaveCount(2);

  // `?` lists every shortcut.
  await page.keyboard.press("?");
  const help = page.getByTestId("shortcuts-dialog");
  await expect(help).toBeVisible();
  await expect(help).toContainText("g r");
  await expect(help).toContainText("Ctrl/⌘ K");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  // j/k move through the list; it is one Tab stop.
  await page.keyboard.press("j");
  await expect(rows.nth(0)).toBeFocused();
  await page.keyboard.press("j");
  await expect(rows.nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(rows.nth(0)).toBeFocused();
  const outline = await rows.nth(0).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.activeElement?.closest("[data-nav-list]") === null)).toBe(true);
  await page.keyboard.press("Shift+Tab");
  await expect(rows.nth(0)).toBeFocused();

  // Enter opens the focused run.
  const opened = await rows.nth(0).getAttribute("data-run-id");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/runs/${opened}`));
  const follow = page.getByTestId("follow-toggle");
  const pressed = await follow.getAttribute("aria-pressed");
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.keyboard.press("f");
  await expect(follow).not.toHaveAttribute("aria-pressed", pressed ?? "");

  // g then a letter goes to a page.
  await page.keyboard.press("g");
  await page.keyboard.press("s");
  await expect(page).toHaveURL(/\/sessions$/);
  await page.keyboard.press("g");
  await page.keyboard.press("n");
  await expect(page.getByRole("heading", { level: 1, name: "Now" })).toBeVisible();
});
