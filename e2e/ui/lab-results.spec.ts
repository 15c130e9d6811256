import { expect, test } from "@playwright/test";
import { addMember, signUp } from "../support";

const CONFIGURATION = {
  name: "Lab bench line",
  fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
  targets: { flowMlMin: 400, maxPressureBar: 6 },
};

test("a member records a lab result, sees it against the prediction, edits and deletes it; a viewer only reads", async ({ browser }) => {
  const owner = await signUp("Lab Bench Co");
  const created = await owner.client.post("/api/configurations", { data: CONFIGURATION });
  expect(created.status(), await created.text()).toBe(201);
  const { id, compatibleActuators } = await created.json();
  const top = compatibleActuators[0].sku as string;

  const context = await browser.newContext({ storageState: await owner.client.storageState(), viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`/configurations/${id}`);
  await expect(page.getByText("No lab results yet")).toBeVisible();

  await page.getByRole("button", { name: "Record a result" }).click();
  const dialog = page.getByRole("dialog", { name: "Record a lab result" });
  await expect(dialog.getByLabel("Actuator tested")).toHaveValue(top);
  // The API's own schema speaks first: no pressure, then a Dv90 below Dv10.
  await dialog.getByLabel("Dv10 (µm)").fill("80");
  await dialog.getByLabel("Dv90 (µm)").fill("40");
  await dialog.getByRole("button", { name: "Record result" }).click();
  await expect(dialog.getByText("Pressure must be a number in bar")).toBeVisible();
  await dialog.getByLabel("Pressure (bar)").fill("3");
  await dialog.getByRole("button", { name: "Record result" }).click();
  await expect(dialog.getByText(/Dv10 ≤ Dv50 ≤ Dv90/)).toBeVisible();

  await dialog.getByLabel("Dv10 (µm)").fill("");
  await dialog.getByLabel("Dv90 (µm)").fill("");
  await dialog.getByLabel("Dv50 (µm)").fill("5000");
  await dialog.getByLabel("Batch").fill("B-12");
  await dialog.getByLabel("Verdict").selectOption("fail");
  await dialog.getByRole("button", { name: "Record result" }).click();
  await expect(page.getByText("Lab result recorded")).toBeVisible();
  const result = page.getByTestId("lab-result");
  await expect(result).toHaveCount(1);
  await expect(result.getByText(top)).toBeVisible();
  await expect(result.getByText("Outside P10–P90")).toBeVisible();
  await expect(result.getByText(/3 bar · batch B-12/)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);

  await result.getByRole("button", { name: `Edit the result for ${top}` }).click();
  const edit = page.getByRole("dialog", { name: "Edit lab result" });
  await expect(edit.getByLabel("Dv50 (µm)")).toHaveValue("5000");
  await edit.getByLabel("Dv50 (µm)").fill("");
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Lab result updated")).toBeVisible();
  await expect(result.getByText("Not compared")).toBeVisible();

  const viewer = await addMember(owner, "viewer");
  const viewerContext = await browser.newContext({ storageState: await viewer.client.storageState() });
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto(`/configurations/${id}`);
  await expect(viewerPage.getByTestId("lab-result")).toHaveCount(1);
  await expect(viewerPage.getByRole("button", { name: "Record a result" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: /Delete the result/ })).toHaveCount(0);
  await viewerContext.close();

  await result.getByRole("button", { name: `Delete the result for ${top}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Delete result" }).click();
  await expect(page.getByText("Lab result deleted")).toBeVisible();
  await expect(page.getByText("No lab results yet")).toBeVisible();
  await context.close();
});
