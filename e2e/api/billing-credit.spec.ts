import { expect, test } from "@playwright/test";
import { STRIPE_EMULATOR_URL } from "../../playwright.config";
import { advanceStripeClock, subscribeThroughCheckout } from "../stripe";
import { addMember, expectError, signUp } from "../support";

// GET /api/billing/credit: the Stripe customer balance, as credit after a downgrade.

test("a downgrade's unused time shows as account credit, the same amount Stripe holds", async () => {
  const owner = await signUp();
  expect(await (await owner.client.get("/api/billing/credit")).json()).toEqual({ creditCents: 0, debitCents: 0, currency: "usd" });

  const customer = await subscribeThroughCheckout(owner, "professional");
  expect((await (await owner.client.get("/api/billing/credit")).json()).creditCents).toBe(0);
  await advanceStripeClock(10);
  const change = await owner.client.post("/api/billing/change-plan", { data: { plan: "starter" } });
  expect(change.status(), await change.text()).toBe(200);

  const credit = (await (await owner.client.get("/api/billing/credit")).json()) as { creditCents: number; debitCents: number };
  const stripe = await owner.client.get(`${STRIPE_EMULATOR_URL}/v1/customers/${customer}`, {
    headers: { authorization: "Bearer sk_test_e2e" },
  });
  const balance = ((await stripe.json()) as { balance: number }).balance;
  expect(balance).toBeLessThan(0);
  expect(credit).toMatchObject({ creditCents: -balance, debitCents: 0 });
  // Most of a month of Professional less Starter, never more than the difference of a whole month.
  expect(credit.creditCents).toBeGreaterThan(0);
  expect(credit.creditCents).toBeLessThanOrEqual(150_000);
});

test("only admins see the account balance (403 for users and viewers)", async () => {
  const owner = await signUp();
  for (const role of ["user", "viewer"] as const) {
    const member = await addMember(owner, role);
    await expectError(await member.client.get("/api/billing/credit"), 403, "forbidden");
  }
});
