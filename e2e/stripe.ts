import { expect, request } from "@playwright/test";
import Stripe from "stripe";
import { STRIPE_EMULATOR_URL, STRIPE_WEBHOOK_SECRET } from "../playwright.config";
import type { Account } from "./support";

// Helpers that drive the Stripe emulator the e2e server runs (scripts/stripe-emulator).

async function control(path: string, data: Record<string, unknown> = {}) {
  const client = await request.newContext();
  const res = await client.post(`${STRIPE_EMULATOR_URL}/_emulator/${path}`, { data });
  expect(res.status(), await res.text()).toBe(200);
  await client.dispose();
}

/** Moves the emulator's clock (renewals, period ends) and waits for the webhooks to land. */
export async function advanceStripeClock(days: number): Promise<void> {
  await control("clock/advance", { seconds: days * 86_400 });
  await control("idle");
}

/** The next payment of this customer is declined. */
export function failNextPayment(customer: string): Promise<void> {
  return control("fail-next-payments", { count: 1, customer });
}

/** Signs a webhook payload exactly as Stripe (and the emulator) do. */
export function signWebhook(payload: string, timestamp?: number): string {
  return new Stripe("sk_test_signing_only").webhooks.generateTestHeaderString({ payload, secret: STRIPE_WEBHOOK_SECRET, timestamp });
}

/** Subscribes the account's tenant through Checkout, paying on the hosted page; returns the Stripe customer. */
export async function subscribeThroughCheckout(admin: Account, plan: "starter" | "professional"): Promise<string> {
  const res = await admin.client.post("/api/billing/subscribe", { data: { plan } });
  expect(res.status(), await res.text()).toBe(200);
  const { url, sessionId } = (await res.json()) as { url: string; sessionId: string };
  const browserless = await request.newContext();
  const paid = await browserless.post(`${url}/pay`, { maxRedirects: 0 });
  expect(paid.status(), await paid.text()).toBe(303);
  const session = await browserless.get(`${STRIPE_EMULATOR_URL}/v1/checkout/sessions/${sessionId}`, {
    headers: { authorization: "Bearer sk_test_e2e" },
  });
  const customer = ((await session.json()) as { customer: string }).customer;
  await browserless.dispose();
  await control("idle");
  return customer;
}

/** The Stripe customer AeroSpec created for an organization, found by its billing email. */
export async function customerByEmail(email: string): Promise<string> {
  const client = await request.newContext();
  const res = await client.get(`${STRIPE_EMULATOR_URL}/v1/customers?email=${encodeURIComponent(email)}`, {
    headers: { authorization: "Bearer sk_test_e2e" },
  });
  const list = (await res.json()) as { data: { id: string }[] };
  await client.dispose();
  expect(list.data.length).toBe(1);
  return list.data[0]!.id;
}
