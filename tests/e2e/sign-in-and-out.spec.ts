import { expect, test } from "@playwright/test";
import { e2eServer } from "../support/e2e-paths";
import { SIGNED_OUT, tokenWithRole } from "../support/e2e-sign-in";

test.use({ storageState: SIGNED_OUT });

test("a user opens the one-time link from the terminal, works, signs out, and the link is spent", async ({
  page,
}) => {
  await page.goto("/runs");
  await expect(page).toHaveURL(/\/login\?next=%2Fruns$/);

  const { loginLink, adminToken } = e2eServer();
  await page.goto(new URL(loginLink).pathname + new URL(loginLink).hash);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId("signed-in-as")).toContainText("admin");
  await expect(page.getByTestId("send-button")).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === "switchboard_session")!;
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict" });

  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto(new URL(loginLink).pathname + new URL(loginLink).hash);
  await expect(page.getByTestId("sign-in-error")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  await page.getByTestId("sign-in-token").fill(adminToken);
  await page.getByTestId("sign-in-submit").click();
  await expect(page.getByTestId("signed-in-as")).toContainText("admin");

  await page.getByRole("link", { name: "Audit" }).click();
  const rows = page.locator('[data-testid="audit-row"][data-action="login"]');
  await expect(rows.filter({ has: page.locator("td", { hasText: "denied" }) }).first()).toBeVisible();
  await expect(rows.filter({ has: page.locator("td", { hasText: /^ok/ }) }).first()).toBeVisible();
  await expect(page.getByTestId("audit-export")).toHaveAttribute("href", "/api/audit/export");

  await page.getByRole("link", { name: "Settings" }).click();
  await page.getByTestId("token-name").fill("ui-script");
  await page.getByTestId("token-create").click();
  await expect(page.getByTestId("token-secret")).toContainText("sbt_");
  const row = page.getByTestId("token-row").filter({ hasText: "ui-script" });
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row).toContainText("revoked");
});

test("a viewer signs in with an API token: reads everything, may not send, sees no audit", async ({
  page,
  baseURL,
}) => {
  const token = await tokenWithRole(baseURL!, "viewer");
  await page.goto("/login");
  await page.getByTestId("sign-in-token").fill(token);
  await page.getByTestId("sign-in-submit").click();
  await expect(page.getByTestId("signed-in-as")).toContainText("viewer");
  await expect(page.getByTestId("gateway-pill")).toHaveAttribute("data-state", "live");
  await expect(page.getByTestId("send-button")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Audit" })).toHaveCount(0);
  const send = await page.evaluate(async () => {
    const res = await fetch("/api/sessions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ agentId: "main" }),
    });
    return res.status;
  });
  expect(send).toBe(403);
});
