import { randomUUID } from "node:crypto";
import { expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { DEMO } from "../support";

test("staff create a service token, copy it once, see it used, and revoke it after confirming", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.staff);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/app/);
  await page.goto("/staff/revenue");
  await page.getByRole("navigation", { name: "Staff sections" }).getByRole("link", { name: "Service tokens" }).click();
  await expect(page.getByRole("heading", { name: "Service tokens", level: 1 })).toBeVisible();

  const name = `Retraining ${randomUUID().slice(0, 6)}`;
  await page.getByRole("button", { name: "Create service token" }).click();
  // Without a name it says why.
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("alert")).toContainText("Name the token");
  await page.getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  const secretField = page.getByLabel("Service token", { exact: true });
  await expect(secretField).toHaveValue(/^st_live_[A-Za-z0-9_-]{43}$/);
  const secret = await secretField.inputValue();
  await page.getByRole("button", { name: "Copy the token" }).click();
  await expect(page.getByRole("button", { name: "Copy the token" })).toContainText("Copied");
  await page.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("table", { name: "Service tokens" }).getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Never");
  await expect(page.getByText(secret)).toHaveCount(0);

  const machine = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { Authorization: `Bearer ${secret}` } });
  expect((await machine.get("/api/ml/training-data?limit=1")).status()).toBe(200);

  await page.reload();
  await row.getByRole("button", { name: `Revoke ${name}` }).click();
  await page.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByText(`“${name}” revoked`)).toBeVisible();
  await expect(row).toContainText("Revoked");
  expect((await machine.get("/api/ml/training-data?limit=1")).status()).toBe(401);
  await context.close();
});
