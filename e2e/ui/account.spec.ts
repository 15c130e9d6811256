import { expect, test } from "@playwright/test";
import { login, PASSWORD, signUp } from "../support";

const NEW_PASSWORD = "a-new-and-longer-passphrase";

test("from the account menu: rename, see other sessions, change the password and the other device is signed out", async ({ browser }) => {
  const owner = await signUp("Account Page Co");
  const otherDevice = await login(owner.email);
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/app");
  await page.getByRole("button", { name: /^Account menu for / }).click();
  await page.getByRole("menuitem", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();

  await page.getByLabel("Name", { exact: true }).fill("Renamed Person");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Your name is updated")).toBeVisible();
  await expect(page.getByRole("button", { name: "Account menu for Renamed Person" })).toBeVisible();

  const sessions = page.getByRole("list", { name: "Sessions" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByText("This browser")).toHaveCount(1);

  await page.getByLabel("Current password").fill("not-the-password-at-all");
  await page.getByLabel("New password").fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("The current password is not correct")).toBeVisible();

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed")).toBeVisible();
  await expect(sessions.getByRole("listitem")).toHaveCount(1);
  expect((await otherDevice.get("/api/tenants/me")).status()).toBe(401);
  // This browser stays signed in under the new password.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await context.close();
});

test("sign out other devices asks first and leaves this browser signed in", async ({ browser }) => {
  const owner = await signUp("Other Devices Co");
  const otherDevice = await login(owner.email);
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out other devices" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Sign out other devices" }).click();
  await expect(page.getByText("1 other session signed out")).toBeVisible();
  expect((await otherDevice.get("/api/tenants/me")).status()).toBe(401);
  expect((await owner.client.get("/api/tenants/me")).status()).toBe(200);
  await context.close();
});
