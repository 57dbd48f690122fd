import { expect, type Page, test } from "@playwright/test";
import { handoffPlan } from "@/server/demo/plans";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const key = (name: string) => `agent:main:${name}-${Date.now() % 100000}`;
const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

async function sessionReady(sessionKey: string): Promise<void> {
  const operator = await connectOperator();
  await operator.createSession(sessionKey, sessionKey.split(":")[2]!);
  await operator.close();
}

/** Opens the drawer and fills it in, as a person would. */
async function draft(page: Page, sessionKey: string, message: string): Promise<void> {
  await page.getByTestId("send-button").click();
  const drawer = page.getByTestId("send-drawer");
  await expect(drawer).toBeVisible();
  await drawer.getByTestId("session-search").fill(sessionKey.split(":")[2]!);
  await drawer.locator(`[data-testid="session-option"][data-session-key="${sessionKey}"]`).click();
  await drawer.getByTestId("message-input").fill(message);
}

test("a user sends a message from the Send drawer and lands on the new run, watching it live", async ({
  page,
}) => {
  const target = key("send-target");
  await sessionReady(target);
  await page.goto("/");
  await draft(
    page,
    target,
    plan([
      { tool: "session_status", args: {} },
      { text: "SENT-FROM-UI: done.", chunks: 4, chunkDelayMs: 200 },
    ]),
  );
  await page.getByTestId("send-submit").click();

  await expect(page).toHaveURL(/\/runs\/[^/]+$/);
  await expect(page.getByTestId("final-reply")).toContainText("SENT-FROM-UI: done.");
  await expect(page.getByTestId("run-status").first()).toContainText(/completed/i);
  await page.screenshot({ path: "test-results/send-from-ui.png", fullPage: true });
});

test("a double click on Send starts one run, not two", async ({ page, request }) => {
  const target = key("send-double");
  await sessionReady(target);
  await page.goto("/");
  await draft(page, target, plan([{ text: "ONLY-ONCE." }]));
  await page.getByTestId("follow-after-send").uncheck();
  await page.getByTestId("send-submit").dblclick();
  await expect(page.getByTestId("send-receipt")).toHaveAttribute("data-state", /accepted|started|completed/);

  await expect
    .poll(async () => {
      const res = await request.get(`/api/runs?session=${encodeURIComponent(target)}`);
      return ((await res.json()) as { runs: unknown[] }).runs.length;
    })
    .toBe(1);
  await page.waitForTimeout(1500);
  const res = await request.get(`/api/runs?session=${encodeURIComponent(target)}`);
  expect(((await res.json()) as { runs: unknown[] }).runs).toHaveLength(1);
});

test("a user follows a run into the session it hands work to, with a trail of where it went", async ({
  page,
}) => {
  const [a, b] = [key("follow-a"), key("follow-b")];
  await sessionReady(a);
  await sessionReady(b);
  const slowTarget = plan([
    { tool: "session_status", args: {}, sleepMs: 1500 },
    { text: "B: finished slowly.", chunks: 4, chunkDelayMs: 300 },
  ]);
  await page.goto("/");
  await draft(page, a, handoffPlan(b, { timeoutSeconds: 30, targetMessage: slowTarget }));
  await page.getByTestId("send-submit").click();
  await expect(page).toHaveURL(/\/runs\//);
  const callerUrl = page.url();

  // "Follow after sending" is on by default, so the run page is already following. (Clicking
  // the toggle here would race the page's own moves: a click on a page that has just moved on
  // restarts following from there.)
  await expect(page.getByTestId("follow-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(page).not.toHaveURL(callerUrl, { timeout: 30_000 });
  // B's run may already have replied, so the view can be on B's run or back on A's run:
  // either way it is still following, and the trail names B.
  await expect(page.getByTestId("follow-toggle")).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("follow-trail")).toContainText(b.split(":")[2]!);

  // The audit trail names who started the chain: this user, through Switchboard.
  await page.goto(`/handoffs?session=${encodeURIComponent(b)}`);
  await expect(page.getByTestId("hop-origin").first()).toContainText(/sent by .+ via Switchboard/);
});

test("a user aborts a running run after confirming", async ({ page }) => {
  test.setTimeout(150_000);
  const target = key("abort-me");
  await sessionReady(target);
  await page.goto("/");
  await draft(page, target, plan([{ text: "this takes a while…", sleepMs: 60_000 }]));
  await page.getByTestId("send-submit").click();
  await expect(page).toHaveURL(/\/runs\//);
  // The gateway may hold the run queued while earlier journeys' runs use its run capacity.
  await expect(page.getByTestId("run-status").first()).toContainText(/running/i, { timeout: 90_000 });

  await page.getByTestId("abort-button").click();
  await page.getByTestId("abort-confirm").click();
  await expect(page.getByTestId("run-status").first()).toContainText(/aborted/i);
});
