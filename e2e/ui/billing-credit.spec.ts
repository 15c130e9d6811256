import { expect, test } from "@playwright/test";
import { subscribeThroughCheckout } from "../stripe";
import { signUp } from "../support";

test("after a downgrade the billing page shows the credit the toast promises", async ({ browser }) => {
  const owner = await signUp("Credit Check Co");
  await subscribeThroughCheckout(owner, "professional");
  const context = await browser.newContext({ storageState: await owner.client.storageState() });
  const page = await context.newPage();
  await page.goto("/settings/billing");
  await expect(page.getByTestId("credit-balance")).toHaveText("No account credit.");

  await page.getByRole("button", { name: "Switch to Starter" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Switch plan" }).click();
  await expect(
    page.getByText("The credit for the unused time is on your account (see Your plan) and comes off your next invoice."),
  ).toBeVisible();
  await expect(page.getByTestId("credit-balance")).toContainText(/^Account credit: \$[\d,]+\.\d{2}\. It comes off your next invoices/);
  await page.reload();
  await expect(page.getByTestId("credit-balance")).toContainText(/Account credit: \$[\d,]+\.\d{2}/);
  await context.close();
});
