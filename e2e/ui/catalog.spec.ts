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

test("a SKU opens its page: datasheet, both suppliers' offers and the flow curve; an unknown SKU is not found", async ({ browser }) => {
  const owner = await signUp("Datasheet Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/catalog");
  const first = page.getByRole("table", { name: "Actuators" }).getByRole("link").first();
  const sku = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole("heading", { name: sku, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Datasheet" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Supplier offers" }).getByRole("row")).toHaveCount(3);
  await expect(page.getByText("Flow versus pressure")).toBeVisible();
  await page.getByLabel("Liquid density (kg/m³)").fill("3000");
  await expect(page.getByText("Density must be between 500 kg/m³ and 2,000 kg/m³")).toBeVisible();

  const missing = await page.goto("/catalog/actuators/NOPE-0000");
  expect(missing?.status()).toBe(404);
  await context.close();
});
