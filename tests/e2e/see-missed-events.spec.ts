import { expect, test } from "@playwright/test";
import type { TimelineEvent } from "@/lib/timeline";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { e2eServer } from "../support/e2e-paths";
import { connectOperator } from "../support/gateway-operator";

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

test("a user whose dashboard lost the gateway mid-run sees the gap told and marked, then the complete run", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("gateway-pill")).toHaveAttribute("data-state", "live");
  // The link between Switchboard and the gateway drops for 8 s; the gateway works on, and the
  // run starts while nobody watches.
  process.kill(e2eServer().pid, "SIGUSR2");
  await expect(page.getByTestId("gateway-pill")).toHaveAttribute("data-state", "reconnecting");
  const operator = await connectOperator();
  const runId = await operator.send(
    "agent:main:e2e-missed",
    plan([
      { tool: "session_status", args: {} },
      { tool: "session_status", args: {}, sleepMs: 300 },
      { tool: "session_status", args: {}, sleepMs: 300 },
      { tool: "session_status", args: {}, sleepMs: 300 },
      { text: "MISSED-DONE: four checks made.", chunks: 4, chunkDelayMs: 300 },
    ]),
  );
  await operator.close();
  await page.goto(`/runs/${runId}`);

  const banner = page.getByTestId("gap-banner");
  await expect(banner).toContainText(
    /Live events missed from \d\d:\d\d:\d\d to \d\d:\d\d:\d\d UTC \(the connection to the gateway dropped\); resynced \d+ runs?, \d+ tool calls?; streaming text between those times was not recoverable/,
  );
  await expect(page.getByTestId("gap-marker")).toBeVisible();
  await expect(page.getByTestId("run-status").first()).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("tool-card")).toHaveCount(4);
  await expect(page.getByTestId("final-reply")).toContainText("MISSED-DONE: four checks made.");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "test-results/see-missed-events.png", fullPage: true });

  // The page left open holds exactly the store's events: the same after a reload, nothing twice.
  const stored = (await (await page.request.get(`/api/runs/${runId}/events?limit=1000`)).json()) as {
    events: TimelineEvent[];
  };
  const calls = new Set(stored.events.flatMap((e) => (e.kind === "tool" ? [e.toolCallId] : [])));
  expect(calls.size).toBe(4);
  expect(stored.events.some((e) => e.backfilled)).toBe(true);
  await page.reload();
  await expect(page.getByTestId("tool-card")).toHaveCount(4);
  await expect(page.getByTestId("gap-marker")).toHaveCount(1);
});
