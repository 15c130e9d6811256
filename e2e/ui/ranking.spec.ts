import { type Browser, expect, type Page, test } from "@playwright/test";
import { signUp } from "../support";

async function newEditor(browser: Browser): Promise<Page> {
  const owner = await signUp("Ranking Words Co");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/configurations/new");
  await expect(page.getByRole("heading", { name: "New configuration" })).toBeVisible();
  // The first ranking comes from the browser: once it shows, the form is live and typing sticks.
  await expect(page.getByRole("table", { name: "Ranked actuators" }).getByRole("row").nth(1)).toBeVisible();
  return page;
}

async function fillInputs(page: Page, inputs: Record<string, string>) {
  for (const [label, value] of Object.entries(inputs)) await page.getByLabel(label).fill(value);
}

test("with no actuator in reach, the ranking says which limit ruled them out and by how much", async ({ browser }) => {
  const page = await newEditor(browser);
  await fillInputs(page, { "Flow rate (ml/min)": "90000", "Maximum pressure (bar)": "1" });
  await expect(page.getByText(/^None of the \d+ actuators can meet these targets\.$/)).toBeVisible();
  await expect(page.getByText("No actuator meets these targets")).toBeVisible();
  await expect(
    page.getByText(/^For this flow, \d+ (need more than your 1 bar|would run above their own rating).* The nearest needs [\d.,]+ bar\./),
  ).toBeVisible();
  await expect(page.getByText(/showing the best 0/)).toHaveCount(0);
  await page.context().close();
});

test("the fluid's flags are said once, and the score is explained on demand by keyboard", async ({ browser }) => {
  const page = await newEditor(browser);
  await fillInputs(page, { "Viscosity (cP)": "400", "Flow rate (ml/min)": "500", "Maximum pressure (bar)": "20" });
  const ranked = page.getByRole("table", { name: "Ranked actuators" });
  await expect(ranked.getByRole("row").nth(1)).toBeVisible();
  await expect(page.getByText("About this fluid")).toBeVisible();
  await expect(ranked.getByText("High viscosity")).toHaveCount(0);

  const explanation = page.getByText("What the score and the marks mean");
  await explanation.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/is how close the predicted droplet size \(weight 60%\)/)).toBeVisible();
  await page.context().close();
});

test("offline, a changed input and Save say the connection is gone instead of waiting", async ({ browser }) => {
  const page = await newEditor(browser);
  await page.getByLabel("Name", { exact: true }).fill("Offline try");
  const ranked = page.getByRole("table", { name: "Ranked actuators" });
  await expect(ranked.getByRole("row").nth(1)).toBeVisible();

  await page.context().setOffline(true);
  await page.getByLabel("Flow rate (ml/min)").fill("450");
  await expect(page.getByText(/Could not reach AeroSpec/).first()).toBeVisible();
  await page.getByRole("button", { name: "Save configuration" }).click();
  await expect(page.getByText("The configuration was not saved")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save configuration" })).toBeEnabled();
  await page.context().close();
});

test("the ranking sorts by a column from its header and back to the engine's order, the rank staying the engine's", async ({ browser }) => {
  const page = await newEditor(browser);
  const ranked = page.getByRole("table", { name: "Ranked actuators" });
  const stockHeader = ranked.getByRole("columnheader", { name: /Stock/ });
  await stockHeader.getByRole("button").click();
  await expect(stockHeader).toHaveAttribute("aria-sort", "descending");
  const stocks = (await ranked.locator("tbody tr td:nth-child(10)").allInnerTexts()).map((t) => Number(t.replace(/[^\d]/g, "")));
  expect(stocks).toEqual([...stocks].sort((a, b) => b - a));
  await stockHeader.getByRole("button").click();
  await expect(stockHeader).toHaveAttribute("aria-sort", "ascending");
  await stockHeader.getByRole("button").click();
  await expect(stockHeader).toHaveAttribute("aria-sort", "none");
  const ranks = await ranked.locator("tbody tr td:nth-child(1)").allInnerTexts();
  expect(ranks.slice(0, 3)).toEqual(["1", "2", "3"]);
  await page.context().close();
});

test("up to four ranked actuators are compared side by side, with their distributions on one chart", async ({ browser }) => {
  const page = await newEditor(browser);
  const ranked = page.getByRole("table", { name: "Ranked actuators" });
  const boxes = ranked.getByRole("checkbox", { name: /^Compare / });
  await boxes.nth(0).check();
  await expect(page.getByText("Tick one to three more to compare them side by side.")).toBeVisible();
  for (const i of [1, 2, 3]) await boxes.nth(i).check();
  const compared = page.getByRole("region", { name: "Compared actuators" });
  await expect(compared.getByText("Comparing 4 actuators")).toBeVisible();
  await expect(compared.getByRole("table", { name: "Actuators compared" }).getByRole("columnheader")).toHaveCount(5);
  await expect(compared.getByText("Droplet-size distributions compared (volume)")).toBeVisible();
  await expect(boxes.nth(4)).toBeDisabled();
  await compared
    .getByRole("button", { name: /^Stop comparing / })
    .first()
    .click();
  await expect(compared.getByText("Comparing 3 actuators")).toBeVisible();
  await expect(boxes.nth(4)).toBeEnabled();
  await compared.getByRole("button", { name: "Clear comparison" }).click();
  await expect(compared).toHaveCount(0);
  await page.context().close();
});

test("the charts below the ranking load when scrolled to, and a SKU's button brings its charts into view", async ({ browser }) => {
  const page = await newEditor(browser);
  await expect(page.getByRole("status", { name: "Loading chart" }).first()).toBeAttached();
  await expect(page.locator(".recharts-surface")).toHaveCount(0);

  const second = page.getByRole("button", { name: /^Show charts for / }).nth(1);
  const sku = (await second.textContent())!.trim();
  await second.click();
  const charts = page.getByRole("region", { name: `Charts for ${sku}` });
  await expect(charts.locator(".recharts-surface").first()).toBeInViewport();
  await expect(charts.getByText("Droplet-size distribution (volume)")).toBeVisible();
  await page.context().close();
});
