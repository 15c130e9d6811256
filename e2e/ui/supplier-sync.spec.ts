import { expect, test } from "@playwright/test";
import { DEMO } from "../support";

test("staff pull both suppliers' price lists now and see each run with what it changed", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.staff);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/app/);
  await page.goto("/staff/suppliers");
  await expect(page.getByRole("heading", { name: "Suppliers", level: 1 })).toBeVisible();
  await page.getByRole("button", { name: "Sync now" }).click();
  await expect(page.getByText("Sync started")).toBeVisible();
  const runs = page.getByRole("table", { name: "Sync runs" });
  for (const supplier of ["Spencer", "Coster"]) {
    await expect(runs.getByRole("row").filter({ hasText: supplier }).filter({ hasText: "succeeded" }).first()).toBeVisible({
      timeout: 30_000,
    });
  }
  // Each supplier carries part of the catalog: the run saw some of its SKUs.
  await expect(runs.getByRole("row").filter({ hasText: "Sync now" }).first().getByRole("cell").nth(6)).toHaveText(/^[1-9][\d,]*$/);
  await page.context().close();
});
