import { expect, request, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { signUp } from "../support";

test("an admin creates an API key, a script creates a configuration with it, the admin sees its use and revokes it", async ({
  browser,
}) => {
  const owner = await signUp("Key Holders Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: BASE_URL });
  const page = await context.newPage();
  await page.goto("/app");
  await page.getByRole("link", { name: "API keys" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API keys" })).toBeVisible();
  await expect(page.getByText("No API keys yet")).toBeVisible();

  await page.getByRole("button", { name: "Create API key" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: "Create key" }).click();
  await expect(dialog.getByText("Name the key, e.g. after the system that uses it")).toBeVisible();
  await dialog.getByLabel("Name").fill("ERP sync");
  await dialog.getByRole("checkbox", { name: /configurations\.write/ }).check();
  await dialog.getByLabel("Expires").selectOption("90");
  await dialog.getByRole("button", { name: "Create key" }).click();

  // Shown once, with a copy button.
  await expect(dialog.getByText("This is the only time the key is shown")).toBeVisible();
  const secret = await dialog.getByLabel("Secret key").inputValue();
  expect(secret).toMatch(/^sk_live_[A-Za-z0-9_-]{43}$/);
  await dialog.getByRole("button", { name: "Copy the key" }).click();
  await expect(dialog.getByRole("button", { name: "Copy the key" })).toContainText("Copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await dialog.getByRole("button", { name: "Done" }).click();

  const row = page.getByRole("row", { name: /ERP sync/ });
  await expect(row).toContainText(secret.slice(0, 16));
  await expect(row).toContainText("Active");
  await expect(row).toContainText("configurations.write");
  await expect(row).toContainText("Never");
  expect(await page.content()).not.toContain(secret);

  // A script, with the key and nothing else.
  const script = await request.newContext({ baseURL: BASE_URL });
  const made = await script.post("/api/configurations", {
    headers: { Authorization: `Bearer ${secret}` },
    data: { name: "From the ERP", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 300 } },
  });
  expect(made.status(), await made.text()).toBe(201);

  await page.reload();
  await expect(row.getByText("Never")).toHaveCount(0);
  await row.getByRole("button", { name: "Usage of ERP sync" }).click();
  await expect(page.getByText("Calls per day with “ERP sync” (UTC): 1 call")).toBeVisible();

  await row.getByRole("button", { name: "Revoke ERP sync" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Revoke key" }).click();
  await expect(page.getByText("“ERP sync” revoked")).toBeVisible();
  await expect(row).toContainText("Revoked");
  const refused = await script.get("/api/configurations", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  await script.dispose();
  await context.close();
});
