import { expect, test } from "@playwright/test";
import { signUp } from "../support";

test("Export CSV at the daily limit says why and what to do", async ({ browser }) => {
  const owner = await signUp("Export Limit Co");
  // A trial runs on Professional: 50 exports a day. Spend them.
  for (let i = 0; i < 50; i++) expect((await owner.client.get("/api/configurations/export")).status()).toBe(200);

  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/configurations");
  const downloads: string[] = [];
  page.on("download", (d) => downloads.push(d.suggestedFilename()));
  await page.getByRole("button", { name: "Export CSV" }).click();
  const toast = page.getByRole("listitem").filter({ hasText: "Could not export" });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText(/50 exports per day/i);
  await expect(toast).toContainText(/upgrade|tomorrow/i);
  expect(downloads).toEqual([]);
  await context.close();
});
