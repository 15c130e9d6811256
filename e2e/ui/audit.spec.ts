import { expect, test } from "@playwright/test";
import { signUp } from "../support";

test("the audit log says every action in words, links configurations and shows changes as old → new", async ({ browser }) => {
  const admin = await signUp("Audit Words Co");
  const created = await admin.client.post("/api/configurations", {
    data: { name: "Audited primer", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  const { id } = (await created.json()) as { id: string };
  expect((await admin.client.put(`/api/configurations/${id}`, { data: { name: "Audited primer v2" } })).status()).toBe(200);

  const context = await browser.newContext({ storageState: await admin.client.storageState() });
  const page = await context.newPage();
  await page.goto("/settings/audit");
  const log = page.getByRole("table");
  await expect(log.getByText("Created a configuration")).toBeVisible();
  const updated = log.getByRole("row").filter({ hasText: "Updated a configuration" });
  await expect(updated.getByRole("link", { name: "Configuration" })).toHaveAttribute("href", `/configurations/${id}`);
  await updated.getByRole("button", { name: /Details/ }).click();
  await expect(log.getByRole("deletion").filter({ hasText: "Audited primer" })).toHaveText("Audited primer");
  await expect(log.getByRole("insertion")).toHaveText("Audited primer v2");

  const actions = page.getByLabel("Action");
  await expect(actions.getByRole("option", { name: "Shared a configuration" })).toHaveCount(1);
  await expect(actions.getByRole("option", { name: "Exported configurations" })).toHaveCount(1);
  await context.close();
});
