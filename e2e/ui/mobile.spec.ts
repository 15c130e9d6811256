import { expect, test } from "@playwright/test";
import { DEMO } from "../support";

// Every signed-in page at a phone's width: wide tables scroll inside their cards, never the page.
const PAGES = [
  "/app",
  "/configurations",
  "/configurations/new",
  "/catalog",
  "/catalog?tab=fluids",
  "/analytics",
  "/settings/team",
  "/settings/audit",
  "/settings/billing",
  "/settings/organization",
  "/settings/api-keys",
  "/account",
];

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("at 390 px no signed-in page scrolls sideways", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.admin);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/app$/);

  const wide: string[] = [];
  for (const path of PAGES) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 1) wide.push(`${path} (${overflow} px too wide)`);
  }
  expect(wide).toEqual([]);
});
