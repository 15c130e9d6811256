import { expect, test } from "@playwright/test";
import { signUp } from "../support";

test("list filters live in the URL: reload and a shared link keep them", async ({ browser }) => {
  const owner = await signUp("Filter Links Co");
  for (const name of ["Findable primer", "Other coating"]) {
    const res = await owner.client.post("/api/configurations", {
      data: { name, fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 }, targets: { flowMlMin: 400 } },
    });
    expect(res.status()).toBe(201);
  }
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/configurations");
  await page.getByLabel("Sort by").selectOption("name");
  await page.getByLabel("Search by name").fill("Findable");
  await expect(page).toHaveURL(/[?&]q=Findable/);
  await expect(page).toHaveURL(/[?&]sort=name/);

  await page.reload();
  await expect(page.getByLabel("Search by name")).toHaveValue("Findable");
  await expect(page.getByLabel("Sort by")).toHaveValue("name");
  await expect(page.getByRole("link", { name: "Findable primer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Other coating" })).toHaveCount(0);

  // The same link opened fresh shows the same list.
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByRole("link", { name: "Findable primer" })).toBeVisible();
  await expect(shared.getByRole("link", { name: "Other coating" })).toHaveCount(0);

  await page.goto("/settings/audit?action=configuration.create");
  await expect(page.getByLabel("Action")).toHaveValue("configuration.create");
  const log = page.getByRole("table");
  await expect(log.getByText("Created a configuration").first()).toBeVisible();
  await expect(log.getByText("Signed up")).toHaveCount(0);
  await context.close();
});

test("a search typed just before a sort is chosen is kept", async ({ browser }) => {
  const owner = await signUp("Filter Race Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/configurations");
  await page.getByLabel("Sort by").selectOption("oldest");
  await expect(page).toHaveURL(/[?&]sort=oldest/);
  // Both changes in one task: the sort's handler runs before the page has rendered the search.
  await page.evaluate(() => {
    const search = document.querySelector<HTMLInputElement>("#configurations-search")!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(search, "primer");
    search.dispatchEvent(new Event("input", { bubbles: true }));
    const sort = document.querySelector<HTMLSelectElement>("#configurations-sort")!;
    sort.value = "name";
    sort.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await expect(page).toHaveURL(/[?&]sort=name/);
  await expect(page).toHaveURL(/[?&]q=primer/);
  await expect(page.getByLabel("Search by name")).toHaveValue("primer");
  await context.close();
});
