import { expect, test } from "@playwright/test";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

/** Agent output that tries to run script, or to hide and reorder what a person reads. */
const HOSTILE_REPLY =
  'HOSTILE <img src=x onerror="window.__xss=1"><script>window.__xss=2</script> ' +
  "invoice\u202Efdp.exe \u2066isolated\u2069 pay\u200Bpal";

test("a user reads hostile agent text: nothing runs, hidden and reordering characters show as markers", async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const operator = await connectOperator();
  const runId = await operator.send(
    `agent:main:hostile-${Date.now() % 100000}`,
    plan([{ tool: "session_status", args: { note: "report\u202Etxt.exe" } }, { text: HOSTILE_REPLY }]),
  );
  await operator.close();

  await page.goto(`/runs/${runId}`);
  const reply = page.getByTestId("final-reply");
  await expect(reply).toContainText("invoice⟨U+202E⟩fdp.exe ⟨U+2066⟩isolated⟨U+2069⟩ pay⟨U+200B⟩pal");
  await expect(reply).toContainText('<img src=x onerror="window.__xss=1"><script>');
  const text = await reply.textContent();
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B]/);

  const tool = page.locator('[data-testid="tool-card"][data-tool-name="session_status"]');
  await expect(tool.getByTestId("tool-args")).toContainText("report⟨U+202E⟩txt.exe");
  await tool.locator("summary", { hasText: "Arguments" }).click();
  await expect(tool.getByTestId("tool-args-json")).toContainText("report⟨U+202E⟩txt.exe");

  await page.goto("/runs");
  await expect(page.locator(`[data-testid="run-row"][data-run-id="${runId}"]`)).toContainText("⟨U+202E⟩");
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
