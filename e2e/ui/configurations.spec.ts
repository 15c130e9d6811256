import { expect, test } from "@playwright/test";
import { addMember, DEMO, signUp } from "../support";
import { BASE_URL } from "../../playwright.config";

test("create a configuration, see ranked actuators and charts, edit it and see the history", async ({ page }) => {
  test.setTimeout(120_000);
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

  // Restore the first version: it comes back as a third.
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Restore" }).click();
  await expect(history.getByRole("listitem")).toHaveCount(3);
  await expect(page.getByLabel("Viscosity (cP)")).toHaveValue("1");
  const configurationUrl = page.url();

  // Share with a member who could not edit otherwise, see it listed, take it back.
  await page.getByRole("button", { name: "Share" }).click();
  const share = page.getByRole("dialog");
  await expect(share.getByText("Not shared with anyone yet.")).toBeVisible();
  await share.getByLabel("Member").selectOption({ label: "Vera Viewer (viewer@demo.aerospec.local) · viewer" });
  await share.getByLabel("Permission").selectOption("edit");
  await share.getByRole("button", { name: "Share", exact: true }).click();
  await expect(share.getByRole("listitem").filter({ hasText: "Vera Viewer" })).toContainText("can edit");
  await share.getByRole("button", { name: "Remove access for Vera Viewer" }).click();
  await expect(share.getByText("Not shared with anyone yet.")).toBeVisible();
  await page.keyboard.press("Escape");

  // Duplicate, then archive the copy.
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue("Coolant mist line 3 (copy)");
  expect(page.url()).not.toBe(configurationUrl);
  await page.getByRole("button", { name: "Archive" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Archive" }).click();
  await expect(page).toHaveURL(/\/configurations$/);
  await expect(page.getByRole("link", { name: "Coolant mist line 3 (copy)" })).toHaveCount(0);
});

test("a viewer reads a configuration but cannot change it", async ({ browser }) => {
  const admin = await browser.newPage();
  const created = await admin.request.post("/api/auth/login", { data: { email: DEMO.admin, password: DEMO.password }, headers: { origin: BASE_URL } });
  expect(created.status()).toBe(200);
  const res = await admin.request.post("/api/configurations", {
    headers: { origin: BASE_URL },
    data: { name: "Viewer check", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  const { id } = (await res.json()) as { id: string };

  const viewerContext = await browser.newContext();
  const viewer = await viewerContext.newPage();
  await viewer.goto("/login");
  await viewer.getByLabel("Email").fill("viewer@demo.aerospec.local");
  await viewer.getByLabel("Password").fill(DEMO.password);
  await viewer.getByRole("button", { name: /sign in/i }).click();
  await expect(viewer).toHaveURL(/\/app$/);
  await viewer.goto(`/configurations/${id}`);
  await expect(viewer.getByLabel("Name", { exact: true })).toHaveValue("Viewer check");
  await expect(viewer.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expect(viewer.getByRole("button", { name: "Duplicate" })).toHaveCount(0);
  await viewerContext.close();
});

test("a viewer it is shared with to edit gets an editable form and saves a change", async ({ browser }) => {
  const admin = await signUp("Shared Edit Co");
  const viewer = await addMember(admin, "viewer");
  const res = await admin.client.post("/api/configurations", {
    data: { name: "Shared to edit", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  const { id } = (await res.json()) as { id: string };
  expect((await admin.client.post(`/api/configurations/${id}/share`, { data: { userId: viewer.userId, permission: "edit" } })).status()).toBe(200);

  const context = await browser.newContext({ storageState: await viewer.client.storageState() });
  const page = await context.newPage();
  await page.goto(`/configurations/${id}`);
  await expect(page.getByLabel("Name", { exact: true })).toBeEditable();
  await expect(page.getByText("You have read-only access")).toHaveCount(0);
  // Edit rights on this one configuration do not make the viewer an owner of it.
  await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Duplicate" })).toHaveCount(0);
  await page.getByLabel("Name", { exact: true }).fill("Shared to edit, renamed");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("list", { name: "Versions, newest first" }).getByText("Version 2")).toBeVisible();
  await context.close();
});

test("an archived configuration can be unarchived and edited again", async ({ browser }) => {
  const owner = await signUp("Archive Round Trip Co");
  const res = await owner.client.post("/api/configurations", {
    data: { name: "Back from the archive", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  const { id } = (await res.json()) as { id: string };
  expect((await owner.client.delete(`/api/configurations/${id}`)).status()).toBe(204);

  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto(`/configurations/${id}`);
  await expect(page.getByText(/This configuration is archived/)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).not.toBeEditable();
  await expect(page.getByText("Change an input to preview a new ranking")).toHaveCount(0);
  await page.getByRole("button", { name: "Unarchive", exact: true }).click();
  await expect(page.getByText(/is active again/)).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toBeEditable();
  await expect(page.getByRole("button", { name: "Archive", exact: true })).toBeVisible();
  await context.close();
});
