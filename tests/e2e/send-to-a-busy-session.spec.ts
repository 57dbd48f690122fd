import { expect, test } from "@playwright/test";
import { busyPlan, handoffPlan } from "@/server/demo/plans";
import { PLAN_MARKER } from "@/server/demo/script-plan";
import { connectOperator } from "../support/gateway-operator";

const key = (name: string) => `agent:main:${name}-${Date.now() % 100000}`;
const plan = (steps: unknown[]) => `${PLAN_MARKER} ${JSON.stringify(steps)}`;

// When a journey here fails, the log says what Switchboard knew about the handoffs.
test.afterEach(async ({ request }, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  console.log("handoffs at failure:", JSON.stringify(await (await request.get("/api/hops?limit=5")).json()));
});

test("a user sends to a busy session and follows the message to the run that carries it, policies and all", async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const [target, helper] = [key("busy-s"), key("busy-t")];
  const operator = await connectOperator();
  await operator.createSession(target, target.split(":")[2]!);
  await operator.createSession(helper, helper.split(":")[2]!);
  const own = await operator.send(target, busyPlan(15_000, "S's own work is done."));
  await operator.close();

  await page.goto(`/runs/${own}`);
  await expect(page.getByTestId("run-status").first()).toContainText(/running/i, { timeout: 45_000 });
  await page.getByTestId("send-button").click();
  const drawer = page.getByTestId("send-drawer");
  await drawer.getByTestId("session-search").fill(target.split(":")[2]!);
  await drawer.locator(`[data-testid="session-option"][data-session-key="${target}"]`).click();
  await expect(drawer.getByTestId("session-busy")).toBeVisible();
  await expect(drawer.getByTestId("queue-mode")).toHaveValue("followup");
  await drawer
    .getByTestId("message-input")
    .fill(handoffPlan(helper, { timeoutSeconds: 30, targetMessage: plan([{ text: "T: done." }]) }));
  await page.getByTestId("send-submit").click();

  await expect(page).toHaveURL(/\/runs\/sb-/);
  const sendUrl = page.url();
  const sendRunId = decodeURIComponent(sendUrl.split("/runs/")[1]!.split(/[?#]/)[0]!);
  await expect(page.getByTestId("run-route")).toContainText(/queued behind run \w+… for \d+ s so far/);
  await page.screenshot({ path: "test-results/send-busy-queued.png", fullPage: true });

  // Follow moves on to the run that carries the message, into the session it hands work to,
  // and back to the reply.
  await expect(page).not.toHaveURL(sendUrl, { timeout: 60_000 });
  const trail = page.getByTestId("follow-trail");
  await expect(trail).toContainText("runs as");
  await expect(trail).toContainText(new RegExp(`reply in\\s*${target.split(":")[2]}`), { timeout: 60_000 });

  // The view is back in the carrier as soon as the answer reaches it; the carrier then finishes.
  const readSent = async () =>
    (
      (await (await request.get(`/api/runs/${encodeURIComponent(sendRunId)}`)).json()) as {
        run: { status: string; route: { carrierRunId: string } };
      }
    ).run;
  await expect.poll(async () => (await readSent()).status).toBe("completed");
  const sent = { run: await readSent() };
  const listed = (await (await request.get(`/api/runs?session=${encodeURIComponent(target)}`)).json()) as {
    runs: { runId: string; status: string }[];
  };
  expect(listed.runs.map((r) => r.runId)).not.toContain(sendRunId);
  expect(listed.runs.filter((r) => r.status === "queued")).toHaveLength(0);

  // The carrier's own page: its reply, and its handoff acknowledged and confirmed by the policies.
  await page.goto(`/runs/${sent.run.route.carrierRunId}`);
  await expect(page.getByTestId("final-reply")).toContainText(`Handed off to ${helper}`);
  const notes = page.getByTestId("hop-notes").first();
  await expect(notes).toContainText(/ack/i);
  await expect(notes).toContainText(/confirm/i);
  await page.screenshot({ path: "test-results/send-busy-carried.png", fullPage: true });
});
