import { expect, test } from "@playwright/test";
import { addMember, signUp } from "../support";

test("a team adds its own fluid in the catalog, with clear errors, and archives it after asking", async ({ browser }) => {
  const owner = await signUp("Own Fluids Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/catalog?tab=fluids");
  await expect(page.getByText("No fluids of your own yet")).toBeVisible();

  await page.getByRole("button", { name: "Add a fluid" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Name").fill("Line 3 primer, batch 7");
  await dialog.getByLabel("Viscosity (cP)").fill("5000");
  await dialog.getByLabel("Density (kg/m³)").fill("1080");
  await dialog.getByLabel("Surface tension (mN/m)").fill("31,5");
  await dialog.getByRole("button", { name: "Add fluid" }).click();
  await expect(dialog.getByText("Viscosity must be between 0.3 cP and 1,000 cP")).toBeVisible();

  await dialog.getByLabel("Viscosity (cP)").fill("12,5");
  await dialog.getByRole("button", { name: "Add fluid" }).click();
  await expect(dialog).toHaveCount(0);
  const own = page.getByRole("table", { name: "Your organization's fluids" });
  await expect(own.getByRole("row", { name: /Line 3 primer, batch 7/ })).toContainText("12.5");
  await expect(own.getByRole("row", { name: /Line 3 primer, batch 7/ })).toContainText("31.5");

  // Re-measured: the figures are edited in place.
  await own.getByRole("button", { name: "Edit Line 3 primer, batch 7" }).click();
  const edit = page.getByRole("dialog");
  await expect(edit.getByLabel("Viscosity (cP)")).toHaveValue("12.5");
  await edit.getByLabel("Viscosity (cP)").fill("14");
  await edit.getByRole("button", { name: "Save fluid" }).click();
  await expect(page.getByText("Saved “Line 3 primer, batch 7”")).toBeVisible();
  await expect(own.getByRole("row", { name: /Line 3 primer, batch 7/ })).toContainText("14");

  await own.getByRole("button", { name: "Archive Line 3 primer, batch 7" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive fluid" }).click();
  await expect(page.getByText("No fluids of your own yet")).toBeVisible();
  await context.close();

  const viewer = await addMember(owner, "viewer");
  const viewerContext = await browser.newContext({ storageState: await viewer.client.storageState() });
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto("/catalog?tab=fluids");
  await expect(viewerPage.getByText("Admins and users of your organization can add them.")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Add a fluid" })).toHaveCount(0);
  await viewerContext.close();
});
