import { expect, type Page, test } from "@playwright/test";
import { SessionsResponse } from "@/lib/sessions";
import { PLAN_MARKER } from "@/server/demo/script-plan";

const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

async function sessionKeys(page: Page): Promise<string[]> {
  const res = await page.request.get("/api/sessions");
  return SessionsResponse.parse(await res.json()).sessions.map((s) => s.sessionKey);
}

test("a user starts a new session by its full key, and names that could mean another session are refused, the draft kept", async ({
  page,
}) => {
  const name = `fresh-${Date.now() % 100000}`;
  const message = plan([{ text: "Hello from a session made a moment ago." }]);
  await page.goto("/");
  await page.getByTestId("send-button").click();
  const drawer = page.getByTestId("send-drawer");
  await drawer.getByTestId("new-session-toggle").click();
  await drawer.getByTestId("message-input").fill(message);

  // A short name with a ':' in it could be a key of its own: refused, and nothing is lost.
  await drawer.getByTestId("new-session-key").fill(`main:${name}`);
  await page.getByTestId("send-submit").click();
  await expect(drawer.getByTestId("send-error")).toContainText("a short name has no ':'");
  await expect(drawer.getByTestId("message-input")).toHaveValue(message);

  // A full key for another agent than the one given: refused too.
  await drawer.getByTestId("new-session-key").fill(`agent:other:${name}`);
  await page.getByTestId("send-submit").click();
  await expect(drawer.getByTestId("send-error")).toContainText("names agent other but the agent id is main");

  // The full key is taken as it is, never prefixed a second time.
  await drawer.getByTestId("new-session-key").fill(`agent:main:${name}`);
  await expect(drawer.getByText(`agent:main:${name}`, { exact: true })).toBeVisible();
  await page.getByTestId("send-submit").click();
  await expect(page).toHaveURL(/\/runs\//);
  await expect(page.getByTestId("final-reply")).toContainText("Hello from a session made a moment ago.");
  const keys = await sessionKeys(page);
  expect(keys).toContain(`agent:main:${name}`);
  expect(keys.filter((k) => k.endsWith(name))).toEqual([`agent:main:${name}`]);
});
