import { expect, test, type WebSocketRoute } from "@playwright/test";
import { planMessage, statusStep, textStep } from "@/server/demo/plans";
import { connectOperator } from "../support/gateway-operator";

test("a user whose connection stalled while a run streamed hundreds of events comes back to its end, its start still there", async ({
  page,
}) => {
  test.setTimeout(120_000);
  // The browser's socket goes through these routes: while `stalled`, nothing reaches the page
  // and a reconnect (socket.io starts over HTTP) fails, as on a dead network.
  let stalled = false;
  let current: WebSocketRoute | null = null;
  await page.route(/\/socket\.io\//, (route) => (stalled ? route.abort() : route.continue()));
  await page.routeWebSocket(/\/socket\.io\//, (ws) => {
    const server = ws.connectToServer();
    server.onMessage((message) => void (stalled || ws.send(message)));
    current = ws;
  });
  const tails: string[] = [];
  const sawTail = (text: string) => text.includes('"timeline:tail"') && tails.push(text);
  page.on("websocket", (ws) => ws.on("framereceived", (f) => sawTail(String(f.payload))));
  page.on("response", (r) => void (r.url().includes("/socket.io/") && r.text().then(sawTail, () => 0)));

  const operator = await connectOperator();
  const runId = await operator.send(
    `agent:main:long-${Date.now() % 100000}`,
    planMessage("Check the status many times, then answer.", [
      statusStep(3000),
      ...Array.from({ length: 90 }, () => statusStep()),
      textStep("Checked it all. LONG-RUN-END"),
    ]),
  );
  await operator.close();

  await page.goto(`/runs/${runId}`);
  await expect(page.locator('[data-testid="tool-card"][data-tool-name="session_status"]')).toBeVisible();
  stalled = true;
  await expect
    .poll(
      async () =>
        ((await (await page.request.get(`/api/runs/${runId}`)).json()) as { run: { status: string } }).run
          .status,
      {
        timeout: 90_000,
        message: "the run completes while the page hears nothing",
      },
    )
    .toBe("completed");
  const end = page.getByTestId("final-reply").filter({ hasText: "LONG-RUN-END" });
  await expect(end).toHaveCount(0);

  stalled = false;
  void current!.close(); // the stalled connection drops; the page reconnects by itself
  await expect(end).toBeVisible({ timeout: 30_000 });
  expect(tails.length, "the server sent the run's tail, not every missed event").toBeGreaterThan(0);
  await page.screenshot({ path: "test-results/come-back-to-a-long-run.png" });

  // Its start was never sent again: the page reads it by position when the reader scrolls up.
  const ask = page.getByText("Check the status many times, then answer.").first();
  await expect(async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(ask).toBeInViewport({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await page.screenshot({ path: "test-results/come-back-to-a-long-run-start.png" });
});
