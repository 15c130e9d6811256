import { expect, test } from "@playwright/test";
import { PASSWORD, signUp } from "../support";

const BAD_CALLBACKS = [
  "%2F%5Cevil.invalid%2Fx",
  "%2F%09%2Fevil.invalid%2Fx",
  "%2F%5C%2Fevil.invalid%2Fx",
  "%2F%2Fevil.invalid%2Fx",
  "https%3A%2F%2Fevil.invalid%2Fx",
];

for (const callback of BAD_CALLBACKS) {
  test(`signing in with callbackUrl=${callback} stays on AeroSpec`, async ({ page, baseURL }) => {
    const owner = await signUp();
    await owner.client.post("/api/auth/logout");
    await page.goto(`/login?callbackUrl=${callback}`);
    await page.getByLabel("Email").fill(owner.email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/app`);
  });
}

test("a same-site callbackUrl is followed after signing in", async ({ page, baseURL }) => {
  const owner = await signUp();
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/settings/team?tab=invitations")}`);
  await page.getByLabel("Email").fill(owner.email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${baseURL}/settings/team?tab=invitations`);
});
