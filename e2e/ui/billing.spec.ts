import { expect, test } from "@playwright/test";
import { BASE_URL } from "../../playwright.config";
import { advanceStripeClock, customerByEmail, failNextPayment } from "../stripe";
import { PASSWORD, uniqueEmail } from "../support";

test("subscribe to Starter through Checkout, hit the seat limit, upgrade, survive a failed renewal", async ({ page }) => {
  test.setTimeout(120_000);
  const ownerEmail = uniqueEmail("owner");
  const signup = await page.request.post("/api/auth/signup", {
    headers: { origin: BASE_URL },
    data: { name: "Bea Billing", email: ownerEmail, password: PASSWORD, companyName: "Fine Mist Co" },
  });
  expect(signup.status(), await signup.text()).toBe(201);

  // A trialing tenant subscribes to Starter on the hosted Checkout page.
  await page.goto("/settings/billing");
  await expect(page.getByRole("heading", { name: "Billing", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: /Trial · 14 days left/ })).toBeVisible();
  await expect(page.getByText("Subscribing ends your free trial now (14 days left) and charges the first month today.")).toBeVisible();
  await page.getByRole("button", { name: "Subscribe to Starter" }).click();
  await expect(page.getByText("$500.00 / month").first()).toBeVisible();
  await page.getByRole("button", { name: "Pay", exact: true }).click();
  await expect(page).toHaveURL(/\/settings\/billing/);
  await expect(page.getByText("Subscription active").first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Starter", level: 2 })).toBeVisible();

  // Starter has one seat: the invitation is refused with the limit and the way up.
  const firstInvitee = uniqueEmail("member");
  await page.goto("/settings/team");
  await page.getByRole("button", { name: "Invite member" }).click();
  let dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email", { exact: true }).fill(firstInvitee);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(dialog.getByText(/allows 1 team member;.*Upgrade to Professional/)).toBeVisible();
  await page.keyboard.press("Escape");

  // Switching to Professional raises the limit at once.
  await page.goto("/settings/billing");
  await page.getByRole("button", { name: "Switch to Professional" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Switch plan" }).click();
  await expect(page.getByText("Switched to Professional").first()).toBeVisible();
  await page.goto("/settings/team");
  await page.getByRole("button", { name: "Invite member" }).click();
  dialog = page.getByRole("dialog");
  await dialog.getByLabel("Email", { exact: true }).fill(firstInvitee);
  await dialog.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("cell", { name: firstInvitee, exact: true })).toBeVisible();

  // The next renewal fails: the tenant is past due, read-only, and says so.
  await failNextPayment(await customerByEmail(ownerEmail));
  await advanceStripeClock(32);
  await page.goto("/settings/billing");
  const banner = page.getByRole("alert").filter({ hasText: "read-only" });
  await expect(banner).toContainText("payment failed");
  await expect(banner.getByRole("link", { name: "Go to billing" })).toBeVisible();

  // Paying the open invoice on its hosted page restores the tenant.
  await page.getByRole("link", { name: "Pay invoice" }).first().click();
  await page.getByRole("button", { name: "Pay invoice" }).click();
  await expect(page.getByText(/paid/i).first()).toBeVisible();
  await expect(async () => {
    await page.goto("/settings/billing");
    await expect(page.getByRole("alert").filter({ hasText: "read-only" })).toHaveCount(0);
  }).toPass({ timeout: 30_000 });
  await expect(page.getByRole("heading", { name: "Professional", level: 2 })).toBeVisible();
});

test("AeroSpec staff find an organization and move it to Enterprise at a custom price", async ({ browser }) => {
  const company = `Enterprise Prospect ${Date.now().toString(36)}`;
  const owner = await browser.newPage();
  const signup = await owner.request.post("/api/auth/signup", {
    headers: { origin: BASE_URL },
    data: { name: "Pia Prospect", email: uniqueEmail("owner"), password: PASSWORD, companyName: company },
  });
  expect(signup.status()).toBe(201);

  const staff = await (await browser.newContext()).newPage();
  await staff.goto("/login");
  await staff.getByLabel("Email").fill("staff@aerospec.local");
  await staff.getByLabel("Password").fill("aerospec-demo-2026");
  await staff.getByRole("button", { name: /sign in/i }).click();
  await expect(staff).toHaveURL(/\/app$/);
  await staff.getByRole("link", { name: "Platform" }).click();
  await staff.getByRole("link", { name: "Organizations" }).click();
  // The newest organizations come first; there is always at least the demo one.
  await expect(staff.getByRole("row").nth(1)).toBeVisible();
  await staff.getByLabel("Search organizations").fill(company);
  await expect(staff.getByRole("row")).toHaveCount(2);
  await staff.getByRole("button", { name: `Set Enterprise price for ${company}` }).click();
  await staff.getByLabel("Monthly price (USD)").fill("7,500.00");
  await staff.getByRole("button", { name: "Set Enterprise" }).click();
  await expect(staff.getByRole("row").filter({ hasText: company })).toContainText("$7,500.00");
  await expect(staff.getByRole("row").filter({ hasText: company })).toContainText("Enterprise");

  await owner.goto("/settings/billing");
  await expect(owner.getByRole("heading", { name: "Enterprise", level: 2 })).toBeVisible();
});
