import { join } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { createSqliteStore } from "@/server/store/sqlite/sqlite-store";
import { e2eServer } from "../support/e2e-paths";
import { needle, seedHugeRun } from "../support/huge-run";

/** 10,000 recorded steps of 20 events: a 200,000-event run, as a long coding run reaches. */
const STEPS = 10_000;
const NEEDLE_STEP = 7_777;
/** Rows the page may hold at once, whatever the run's size: a few chunks' worth. */
const MAX_ROWS = 200;

const rowCount = (page: Page) => page.getByTestId("timeline-row").count();
const domNodes = (page: Page) => page.evaluate(() => document.getElementsByTagName("*").length);

test("a user opens a 200,000-event run, jumps to its end, to a linked event and to a search hit", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const runId = `huge-${Date.now() % 100000}`;
  const store = createSqliteStore({ file: join(e2eServer().dataDir, "switchboard.db") });
  const total = await seedHugeRun(store, {
    runId,
    sessionKey: "agent:main:huge",
    steps: STEPS,
    needleStep: NEEDLE_STEP,
  });
  await store.close();
  expect(total).toBe(200_000);

  const reads: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes(`/api/runs/${runId}/`)) reads.push(new URL(r.url()).pathname);
  });
  await page.goto(`/runs/${runId}`);
  await expect(page.getByTestId("timeline-total")).toHaveText("200,000 events");
  await expect(page.getByTestId("timeline-row").first()).toBeVisible();
  expect(await rowCount(page)).toBeLessThanOrEqual(MAX_ROWS);
  expect(reads.filter((p) => p.endsWith("/events"))).toEqual([]);

  await page.getByTestId("jump-end").click();
  await expect(page.getByTestId("final-reply").last()).toBeInViewport();
  expect(await rowCount(page)).toBeLessThanOrEqual(MAX_ROWS);

  // A deep link to one event opens at it, selected, with its raw events beside it.
  const seq = 123_457;
  await page.goto(`/runs/${runId}#event-${seq}`);
  const selected = page.locator('[data-testid="timeline-row"][aria-current="true"]');
  await expect(selected).toBeInViewport();
  await expect(page.getByTestId("raw-events-panel")).toContainText(`seq ${seq}`);

  // Search within the run goes to the one step that says the word.
  await page.getByTestId("timeline-search").fill(needle(NEEDLE_STEP));
  await page.getByTestId("timeline-search").press("Enter");
  await expect(page.getByTestId("search-count")).toHaveText(/^1\/\d+$/);
  await expect(selected).toContainText(needle(NEEDLE_STEP));
  await expect(selected).toBeInViewport();

  // The keyboard moves through the items and opens them; focus stays visible.
  await selected.focus();
  const before = await selected.getAttribute("id");
  await page.keyboard.press("j");
  await expect(selected).not.toHaveAttribute("id", before!);
  await expect(selected).toBeFocused();
  const quiet = page.locator('[data-testid="timeline-row"][data-timeline-item="quiet"]').first();
  await quiet.focus();
  await page.keyboard.press("Enter");
  await expect(quiet.getByRole("button").first()).toHaveAttribute("aria-expanded", "true");

  // Wherever the reader is, the page holds a bounded number of rows and elements.
  expect(await rowCount(page)).toBeLessThanOrEqual(MAX_ROWS);
  expect(await domNodes(page)).toBeLessThan(6_000);
  expect(reads.length).toBeLessThan(40);
  await page.screenshot({ path: "test-results/open-a-huge-run.png" });

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(selected).toBeInViewport();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "test-results/open-a-huge-run-phone.png" });
});
