import { expect, test } from "@playwright/test";
import { DEMO } from "../support";

test("create a configuration, see ranked actuators and charts, edit it and see the history", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.admin);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/app$/);

  await page.getByRole("link", { name: "Configurations" }).first().click();
  await page.getByRole("link", { name: "New configuration" }).first().click();
  await page.getByLabel("Name", { exact: true }).fill("Coolant mist line 3");
  await page.getByRole("button", { name: "Choose from library" }).click();
  const picker = page.getByRole("dialog");
  await picker.getByLabel("Search fluids").fill("glycerol");
  await picker.getByRole("button", { name: /Glycerol–water 60 wt %/ }).click();
  await expect(page.getByLabel("Viscosity (cP)")).toHaveValue("10.8");

  await page.getByLabel("Viscosity (cP)").fill("1");
  await page.getByLabel("Density (kg/m³)").fill("998");
  await page.getByLabel("Surface tension (mN/m)").fill("72.8");
  await page.getByLabel("Flow rate (ml/min)").fill("500");
  await page.getByLabel("Maximum pressure (bar)").fill("10");

  const ranked = page.getByRole("table", { name: "Ranked actuators" });
  await expect(ranked.getByRole("row").nth(1)).toBeVisible();
  await page.getByRole("button", { name: /^Show charts for / }).first().click();
  await expect(page.getByText("Droplet-size distribution (volume)")).toBeVisible();
  await expect(page.getByText("Flow versus pressure")).toBeVisible();
  await expect(page.locator(".recharts-surface").first()).toBeVisible();

  await page.getByRole("button", { name: "Save configuration" }).click();
  await expect(page).toHaveURL(/\/configurations\/[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Coolant mist line 3");

  await page.getByLabel("Viscosity (cP)").fill("5");
  await page.getByRole("button", { name: "Save changes" }).click();
  const history = page.getByRole("list", { name: "Versions, newest first" });
  await expect(history.getByText(/Viscosity/)).toBeVisible();
  await expect(history.getByRole("listitem")).toHaveCount(2);
});
