import { expect, test } from "@playwright/test";
import { latestEmail, signUp } from "../support";

test("a new team is welcomed, starts with its first configuration, and the checklist ticks only what was done", async ({ browser }) => {
  const owner = await signUp("First Hour Co");
  const welcome = await latestEmail(owner.email);
  expect(welcome.subject).toBe("Welcome to AeroSpec, Owner Person");
  expect(welcome.text).toMatch(/Create your first configuration: http:\/\/\S+\/configurations\/new/);

  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/app");
  await expect(page.getByRole("heading", { name: "Welcome to AeroSpec, Owner", level: 1 })).toBeVisible();
  const first = page.getByRole("listitem").filter({ hasText: "Create your first configuration" });
  await expect(first.getByLabel("To do")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Set a billing email" }).getByLabel("Done")).toBeVisible();
  await expect(page.getByText("Review recent activity")).toHaveCount(0);

  const res = await owner.client.post("/api/configurations", {
    data: { name: "First one", fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
  });
  expect(res.status()).toBe(201);
  await page.reload();
  await expect(page.getByRole("heading", { name: "Welcome back, Owner", level: 1 })).toBeVisible();
  await expect(first.getByLabel("Done")).toBeVisible();
  await context.close();
});
