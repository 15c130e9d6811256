import { expect, test } from "@playwright/test";
import { signUp } from "../support";

test("a filter that cannot be used is marked on its field and the results stay", async ({ browser }) => {
  const owner = await signUp("Catalog Filters Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/catalog");
  await expect(page.getByText(/Showing \d+ actuators/)).toBeVisible();

  const from = page.getByLabel("Orifice from (mm)");
  await from.fill("-1");
  await expect(from).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Enter a number above 0 (mm)")).toBeVisible();
  await expect(page.getByText("Could not load the catalog")).toHaveCount(0);
  await expect(page.getByText(/Showing \d+ actuators/)).toBeVisible();

  await from.fill("2");
  await page.getByLabel("Orifice to (mm)").fill("1");
  await expect(page.getByText("Enter at least 2 mm, the “Orifice from” value")).toBeVisible();
  await page.getByLabel("Orifice to (mm)").fill("3");
  await expect(page.getByLabel("Orifice to (mm)")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Could not load the catalog")).toHaveCount(0);
  await context.close();
});
