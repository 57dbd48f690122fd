import { expect, test } from "@playwright/test";
import { callerTimeoutPlan, chainPlan, missingTargetPlan, toolRunPlan } from "@/server/demo/plans";
import { everyPage } from "../support/every-page";
import { connectOperator } from "../support/gateway-operator";

const SIZES = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } };

test("capture every page in light and dark, at desktop and phone sizes", async ({ browser, request }) => {
  // Something to look at: a chain of three sessions, a caller that stopped waiting, a failed handoff.
  const n = Date.now() % 100000;
  const [a, b, c] = ["planner", "research", "writer"].map((s) => `agent:main:${s}-${n}`);
  const operator = await connectOperator();
  for (const key of [a!, b!, c!]) await operator.createSession(key, key.split(":")[2]!);
  const root = await operator.send(a!, chainPlan(b!, c!));
  await operator.send(`agent:main:analyst-${n}`, callerTimeoutPlan(c!));
  await operator.send(`agent:main:billing-${n}`, missingTargetPlan(`agent:main:ledger-${n}`));
  await operator.send(`agent:main:ops-${n}`, toolRunPlan());
  await operator.close();
  await expect
    .poll(
      async () => (await (await request.get(`/api/runs/${root}`)).json()) as { run?: { status: string } },
      {
        timeout: 120_000,
      },
    )
    .toMatchObject({ run: { status: "completed" } });

  const pages = await everyPage(request);
  pages.splice(
    2,
    2,
    { name: "run", path: `/runs/${root}` },
    { name: "run-chain", path: `/runs/${root}?view=chain` },
  );
  for (const colorScheme of ["light", "dark"] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const context = await browser.newContext({
        viewport,
        colorScheme,
        storageState: test.info().project.use.storageState,
      });
      const page = await context.newPage();
      for (const { name, path } of pages) {
        await page.goto(path);
        await expect(page.getByText(/^Loading/)).toHaveCount(0);
        await page.waitForTimeout(300);
        await page.screenshot({ path: `docs/screenshots/${name}-${colorScheme}-${size}.png` });
      }
      await context.close();
    }
  }
});
