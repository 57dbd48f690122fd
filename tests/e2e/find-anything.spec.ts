import { expect, test } from "@playwright/test";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const plan = (steps: unknown[]) => `Look something up.\n${PLAN_MARKER} ${JSON.stringify(steps)}`;

test("a user finds a run by a word of its reply and a session by its label, from the palette", async ({
  page,
}) => {
  const n = Date.now() % 100000;
  const sessionKey = `agent:main:find-${n}`;
  const word = `zebracorn${n}`;
  const operator = await connectOperator();
  await operator.createSession(sessionKey, `Ledger desk ${n}`);
  const runId = await operator.send(
    sessionKey,
    plan([{ tool: "session_status", args: {} }, { text: `The ${word} ledger is balanced.` }]),
  );
  await operator.close();
  await expect
    .poll(async () => {
      const res = await page.request.get(`/api/runs/${runId}`);
      return res.ok() ? ((await res.json()) as { run: { status: string } }).run.status : null;
    })
    .toBe("completed");

  await page.goto("/");
  await page.keyboard.press("Control+k");
  const input = page.getByTestId("palette-input");
  await expect(input).toBeFocused();
  await input.fill(word);
  const hit = page.locator('[data-testid="palette-hit"][data-type="text"]').first();
  await expect(hit).toContainText(word);
  await input.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/runs/${runId}`));

  await page.keyboard.press("/");
  await page.getByTestId("palette-input").fill(`ledger desk ${n}`);
  await expect(page.locator('[data-testid="palette-hit"][data-type="session"]').first()).toBeVisible();
  await page.getByTestId("palette-input").press("ArrowDown");
  await page.locator('[data-testid="palette-hit"][data-type="session"]').first().click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${encodeURIComponent(sessionKey)}`));
});

test("a user narrows the runs list by tool and handoffs, and the filters stay in the URL", async ({
  page,
}) => {
  const n = Date.now() % 100000;
  const sessionKey = `agent:main:filter-${n}`;
  const operator = await connectOperator();
  await operator.createSession(sessionKey, `filter-${n}`);
  const runId = await operator.send(sessionKey, plan([{ tool: "session_status", args: {} }, { text: "ok" }]));
  await operator.close();

  await page.goto(`/runs?session=${encodeURIComponent(sessionKey)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Runs" })).toBeVisible();
  const row = page.locator(`[data-testid="run-row"][data-run-id="${runId}"]`);
  await expect(row).toBeVisible();
  await expect(row.getByTestId("run-hops")).toHaveText("—");
  const filters = page.getByTestId("run-filters");

  await filters.getByLabel("Handoffs").selectOption("yes");
  await expect(page).toHaveURL(/handoffs=yes/);
  await expect(page).toHaveURL(/session=/);
  await expect(page.getByText("No runs match these filters.")).toBeVisible();

  await filters.getByLabel("Handoffs").selectOption("no");
  // The form is drawn again for the new URL: type into that one.
  await expect(page).toHaveURL(/handoffs=no/);
  await expect(async () => {
    await filters.getByLabel("Tool called").fill("session_status");
    await filters.getByLabel("Tool called").press("Enter");
    await expect(page).toHaveURL(/tool=session_status/, { timeout: 2000 });
  }).toPass();
  await expect(row).toBeVisible();
  await page.reload();
  await expect(filters.getByLabel("Tool called")).toHaveValue("session_status");
  await expect(row).toBeVisible();
});
