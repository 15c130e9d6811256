import { expect, test } from "@playwright/test";
import { subscribeThroughCheckout } from "../stripe";
import { addMember, DEMO, signUp } from "../support";

test("staff filter and sort organizations in the URL and open one's detail", async ({ page }) => {
  test.setTimeout(90_000);
  const tag = `Browse ${Date.now().toString(36)}`;
  const team = await signUp(`${tag} team`);
  await addMember(team, "user");
  await subscribeThroughCheckout(team, "professional");
  await signUp(`${tag} solo`);

  await page.goto("/login");
  await page.getByLabel("Email").fill(DEMO.staff);
  await page.getByLabel("Password").fill(DEMO.password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page).toHaveURL(/\/app$/);
  await page.goto("/staff/tenants");

  await page.getByLabel("Search organizations").fill(tag);
  await page.getByLabel("Sort by").selectOption("members");
  await expect(page).toHaveURL(/sort=members/);
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toContainText(`${tag} team`);
  await expect(rows.nth(2)).toContainText(`${tag} solo`);

  await page.getByLabel("Status").selectOption("active");
  await expect(page).toHaveURL(/status=active/);
  await expect(rows).toHaveCount(2);

  // Reload keeps the filters and the order.
  await page.reload();
  await expect(page.getByLabel("Sort by")).toHaveValue("members");
  await expect(page.getByLabel("Status")).toHaveValue("active");
  await expect(rows.nth(1)).toContainText(`${tag} team`);

  await page.getByRole("link", { name: `${tag} team` }).click();
  await expect(page.getByRole("heading", { name: `${tag} team` })).toBeVisible();
  await expect(page.getByLabel("2 members")).toBeVisible();
  const history = page.getByRole("table", { name: "Plan history" });
  await expect(history.getByRole("row").nth(1)).toContainText("Subscribed");
  await expect(history.getByRole("row").nth(1)).toContainText("Professional");
  await expect(history.getByRole("row").last()).toContainText("Signed up");
  await expect(page.getByRole("table", { name: "Invoices" }).getByRole("row").nth(1)).toContainText("$2,000.00");
  await expect(page.getByText("API calls per month")).toBeVisible();

  await page.goto("/staff/tenants/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "We couldn't find that page" })).toBeVisible();
});
