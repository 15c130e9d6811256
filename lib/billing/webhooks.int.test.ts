import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { describe, expect, it, vi } from "vitest";
import { billingSubscriptions, invoices, mrrMovements, stripeEvents, tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { AppError } from "@/lib/http/errors";
import { createTenant } from "@/scripts/vitest/factories";
import { eventsOfType, payCheckout, setupStripeEmulator, TEST_WEBHOOK_SECRET } from "@/scripts/vitest/stripe";
import { startSubscriptionCheckout } from "./service";
import { getPlanPriceId, getStripe } from "./stripe";
import { processStripeEvent, verifyStripeEvent } from "./webhooks";

const stripe = setupStripeEmulator();

function sign(payload: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return getStripe().webhooks.generateTestHeaderString({ payload, secret: TEST_WEBHOOK_SECRET, timestamp });
}

/** A tenant subscribed to `plan` through Checkout, with every webhook applied. */
async function subscribedTenant(plan: "starter" | "professional" = "starter") {
  const tenant = await createTenant();
  const { url } = await startSubscriptionCheckout(tenant.owner, plan);
  expect((await payCheckout(url)).status).toBe(303);
  await stripe.emulator.idle();
  const [row] = await withSystemTx((tx) =>
    tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, tenant.tenantId)),
  );
  return { ...tenant, subscriptionId: row!.stripeSubscriptionId!, customerId: row!.stripeCustomerId };
}

const tenantRow = (tenantId: string) => withSystemTx(async (tx) => (await tx.select().from(tenants).where(eq(tenants.id, tenantId)))[0]!);
const eventCount = (id: string) =>
  withSystemTx(async (tx) => (await tx.select({ n: sql<number>`count(*)::int` }).from(stripeEvents).where(eq(stripeEvents.id, id)))[0]!.n);
const movementCount = (tenantId: string) =>
  withSystemTx(
    async (tx) => (await tx.select({ n: sql<number>`count(*)::int` }).from(mrrMovements).where(eq(mrrMovements.tenantId, tenantId)))[0]!.n,
  );

describe("Stripe webhook verification", () => {
  it("refuses a forged signature (400) and records nothing", async () => {
    const payload = JSON.stringify({ id: "evt_forged", object: "event", type: "customer.subscription.deleted", data: { object: {} } });
    const forged = getStripe().webhooks.generateTestHeaderString({ payload, secret: "whsec_someone_else" });
    expect(() => verifyStripeEvent(payload, forged)).toThrow(AppError);
    expect(() => verifyStripeEvent(payload, null)).toThrow(/Missing Stripe-Signature/);
    expect(await eventCount("evt_forged")).toBe(0);
  });

  it("refuses a correctly signed event whose timestamp is stale (replay)", () => {
    const payload = JSON.stringify({ id: "evt_stale", object: "event", type: "invoice.paid", data: { object: {} } });
    const stale = sign(payload, Math.floor(Date.now() / 1000) - 600);
    let error: unknown;
    try {
      verifyStripeEvent(payload, stale);
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ code: "bad_request", status: 400 });
  });

  it("accepts a fresh, correctly signed event", () => {
    const payload = JSON.stringify({ id: "evt_ok", object: "event", type: "invoice.paid", created: 1, data: { object: {} } });
    expect(verifyStripeEvent(payload, sign(payload)).id).toBe("evt_ok");
  });
});

describe("Stripe webhook processing", () => {
  it("a paid Checkout activates the tenant on the chosen plan and records its invoice and revenue", async () => {
    const { tenantId } = await subscribedTenant("starter");
    expect(await tenantRow(tenantId)).toMatchObject({ plan: "starter", subscriptionStatus: "active" });
    const rows = await withSystemTx((tx) => tx.select().from(invoices).where(eq(invoices.tenantId, tenantId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "paid", total: "500.00", subscriptionAmount: "500.00", billingReason: "subscription_create" });
    // The invoice shows the month it pays for, not Stripe's empty first "previous period".
    const days = (rows[0]!.periodEnd!.getTime() - rows[0]!.periodStart!.getTime()) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(28);
    const moves = await withSystemTx((tx) => tx.select().from(mrrMovements).where(eq(mrrMovements.tenantId, tenantId)));
    expect(moves.map((m) => [m.kind, m.previousMrrCents, m.mrrCents])).toEqual([["new", 0, 50_000]]);
  });

  it("ignores an event type it does not handle, with a 2xx outcome", async () => {
    const payload = JSON.stringify({
      id: "evt_unknown_type",
      object: "event",
      type: "customer.tax_id.created",
      created: 1,
      data: { object: {} },
    });
    expect(await processStripeEvent(verifyStripeEvent(payload, sign(payload)))).toBe("ignored");
  });

  it("applies the same event delivered 20 times (concurrently) exactly once", async () => {
    const { tenantId, customerId } = await subscribedTenant("starter");
    stripe.emulator.pauseDeliveries();
    await getStripe().subscriptions.update((await tenantRow(tenantId)).stripeSubscriptionId!, {
      cancel_at_period_end: true,
    });
    const event = eventsOfType(stripe.emulator, "customer.subscription.updated").at(-1)!;
    expect(event.data.object).toMatchObject({ customer: customerId });
    const before = await movementCount(tenantId);
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => processStripeEvent(event)));
    expect(outcomes.filter((o) => o === "applied")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "duplicate")).toHaveLength(19);
    expect(await eventCount(event.id)).toBe(1);
    expect(await movementCount(tenantId)).toBe(before);
    stripe.emulator.resumeDeliveries();
    await stripe.emulator.idle();
    const [sub] = await withSystemTx((tx) => tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, tenantId)));
    expect(sub!.cancelAtPeriodEnd).toBe(true);
  });

  it("ends in the latest state when 'updated' arrives before 'created'", async () => {
    const tenant = await createTenant();
    const { url } = await startSubscriptionCheckout(tenant.owner, "starter");
    stripe.emulator.pauseDeliveries();
    await payCheckout(url);
    const subscriptionId = eventsOfType(stripe.emulator, "customer.subscription.created").at(-1)!.data.object as Stripe.Subscription;
    const item = subscriptionId.items.data[0]!;
    await getStripe().subscriptions.update(subscriptionId.id, {
      items: [{ id: item.id, price: await getPlanPriceId("professional") }],
      proration_behavior: "none",
    });
    stripe.emulator.resumeDeliveries("reverse");
    await stripe.emulator.idle();
    expect(await tenantRow(tenant.tenantId)).toMatchObject({ plan: "professional", subscriptionStatus: "active" });
  });

  it("stays canceled when a late 'updated' arrives after 'deleted'", async () => {
    const { tenantId, subscriptionId } = await subscribedTenant("starter");
    stripe.emulator.pauseDeliveries();
    await getStripe().subscriptions.update(subscriptionId, { metadata: { note: "late" } });
    await getStripe().subscriptions.cancel(subscriptionId);
    stripe.emulator.resumeDeliveries("reverse");
    await stripe.emulator.idle();
    expect(await tenantRow(tenantId)).toMatchObject({ subscriptionStatus: "canceled" });
    const [sub] = await withSystemTx((tx) => tx.select().from(billingSubscriptions).where(eq(billingSubscriptions.tenantId, tenantId)));
    expect(sub).toMatchObject({ status: "canceled", stripeSubscriptionId: subscriptionId });
  });

  it("a failure half-way applies nothing and answers 5xx; the retry applies it", async () => {
    const { tenantId, subscriptionId, customerId } = await subscribedTenant("starter");
    stripe.emulator.pauseDeliveries();
    stripe.emulator.failNextPayments(1, customerId);
    await stripe.emulator.advanceClock(32 * 86_400);
    const failed = eventsOfType(stripe.emulator, "invoice.payment_failed").find(
      (e) => (e.data.object as Stripe.Invoice).customer === customerId,
    )!;
    const invoiceId = (failed.data.object as Stripe.Invoice).id!;
    // The invoice is stored first, then reading the subscription fails: all of it rolls back.
    const retrieve = vi.spyOn(getStripe().subscriptions, "retrieve").mockRejectedValueOnce(new Error("Stripe unreachable"));
    try {
      await expect(processStripeEvent(failed)).rejects.toThrow("Stripe unreachable");
      expect(retrieve).toHaveBeenCalledWith(subscriptionId);
      expect(await eventCount(failed.id)).toBe(0);
      const stored = await withSystemTx((tx) => tx.select().from(invoices).where(eq(invoices.stripeInvoiceId, invoiceId)));
      expect(stored).toHaveLength(0);
      expect(await tenantRow(tenantId)).toMatchObject({ subscriptionStatus: "active" });

      expect(await processStripeEvent(failed)).toBe("applied");
      expect(await tenantRow(tenantId)).toMatchObject({ subscriptionStatus: "past_due" });
    } finally {
      retrieve.mockRestore();
      stripe.emulator.resumeDeliveries();
      await stripe.emulator.idle();
    }
  });

  it("an event about another tenant's customer changes only that tenant", async () => {
    const a = await subscribedTenant("starter");
    const b = await createTenant();
    await getStripe().subscriptions.cancel(a.subscriptionId);
    await stripe.emulator.idle();
    expect(await tenantRow(a.tenantId)).toMatchObject({ subscriptionStatus: "canceled" });
    expect(await tenantRow(b.tenantId)).toMatchObject({ subscriptionStatus: "trialing", plan: "professional" });
  });

  it("a customer AeroSpec did not create is acknowledged and ignored", async () => {
    const customer = await getStripe().customers.create({ email: "stranger@example.test" });
    const sub = await getStripe().subscriptions.create({ customer: customer.id, items: [{ price: await getPlanPriceId("starter") }] });
    const event = eventsOfType(stripe.emulator, "customer.subscription.created").find(
      (e) => (e.data.object as Stripe.Subscription).id === sub.id,
    )!;
    await stripe.emulator.idle();
    expect(stripe.outcomes.get(event.id)).toEqual(["ignored"]);
  });
});
