import { expect, test } from "@playwright/test";
import { addMember, signUp } from "../support";

const CONFIGURATION = {
  name: "Dashboard line",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 400, maxPressureBar: 6 },
};

test("a result recorded on a configuration shows on the accuracy dashboard; filters stay in the URL; viewers have no Analytics", async ({
  browser,
}) => {
  const owner = await signUp("Dashboard Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState(), viewport: { width: 390, height: 844 } });
  const page = await context.newPage();

  // Nothing recorded yet: the page says how to get data.
  await page.goto("/analytics");
  await expect(page.getByText("No lab results yet", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to configurations" })).toBeVisible();

  const created = await owner.client.post("/api/configurations", { data: CONFIGURATION });
  expect(created.status(), await created.text()).toBe(201);
  const { id, compatibleActuators } = await created.json();
  const top = compatibleActuators[0].sku as string;
  await page.goto(`/configurations/${id}`);
  await page.getByRole("button", { name: "Record a result" }).click();
  const dialog = page.getByRole("dialog", { name: "Record a lab result" });
  await expect(dialog.getByLabel("Actuator tested")).toHaveValue(top);
  await dialog.getByLabel("Pressure (bar)").fill("3");
  await dialog.getByLabel("Dv50 (µm)").fill("85");
  await dialog.getByRole("button", { name: "Record result" }).click();
  await expect(page.getByText("Lab result recorded")).toBeVisible();

  await page.getByRole("button", { name: "Open navigation" }).click();
  await page.getByRole("link", { name: "Analytics" }).click();
  await expect(page).toHaveURL(/\/analytics$/);
  await expect(page.getByText("Lab results", { exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: top })).toBeVisible();
  await expect(page.getByText("Inside P10–P90 (droplet size)")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // A filter narrows it and is kept in the URL, so a reload keeps it.
  await page.getByLabel("Fluid class").selectOption("viscous");
  await expect(page.getByText("No lab results match")).toBeVisible();
  await expect(page).toHaveURL(/fluidClass=viscous/);
  await page.reload();
  await expect(page.getByLabel("Fluid class")).toHaveValue("viscous");
  await expect(page.getByText("No lab results match")).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByRole("cell", { name: top })).toBeVisible();

  // Calibration is run and read on the same page: before and after, out of sample.
  await expect(page.getByText("Not calibrated yet")).toBeVisible();
  await page.getByRole("button", { name: "Recalibrate now" }).click();
  await expect(page.getByText("Calibration 1 ready")).toBeVisible();
  await expect(page.getByRole("table", { name: "Accuracy before and after calibration" }).getByRole("row", { name: /Dv50/ })).toBeVisible();

  const viewer = await addMember(owner, "viewer");
  const viewerContext = await browser.newContext({ storageState: await viewer.client.storageState() });
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto("/app");
  const nav = viewerPage.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Configurations" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Analytics" })).toHaveCount(0);
  await viewerPage.goto("/analytics");
  await expect(viewerPage.getByText("Your role does not include analytics")).toBeVisible();
  await viewerContext.close();
  await context.close();
});
