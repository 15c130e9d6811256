import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invoices, tenants } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { inviteMember } from "@/lib/tenants/invitations";
import { deleteTenant, updateTenant } from "@/lib/tenants/lifecycle";
import { actorFor, addMember, createTenant, uniqueEmail } from "@/scripts/vitest/factories";
import { payCheckout, setupStripeEmulator } from "@/scripts/vitest/stripe";
import { assertWritable } from "./access";
import { getInvoice, getSubscriptionOverview, listInvoices } from "./queries";
import { changePlan, ensureCustomer, getCurrentOverview, setCancelAtPeriodEnd, startSubscriptionCheckout } from "./service";
import { getStripe } from "./stripe";

const stripe = setupStripeEmulator();

async function subscribe(owner: Awaited<ReturnType<typeof createTenant>>["owner"], plan: "starter" | "professional") {
  const { url } = await startSubscriptionCheckout(owner, plan);
  expect((await payCheckout(url)).status).toBe(303);
  await stripe.emulator.idle();
  return actorFor(owner.actor.tenantId, owner.actor.userId);
}

describe("billing", () => {
  it("subscribing to Starter through Checkout limits seats to one; switching to Professional raises it", async () => {
    const tenant = await createTenant();
    const { url } = await startSubscriptionCheckout(tenant.owner, "starter");
    expect(url).toMatch(/^http:\/\/.+\/checkout\/cs_/);
    const owner = await subscribe(tenant.owner, "starter");
    expect(owner.actor).toMatchObject({ plan: "starter", subscriptionStatus: "active" });

    await expect(inviteMember(owner, { email: uniqueEmail(), role: "user" })).rejects.toMatchObject({
      code: "plan_limit",
      message: expect.stringMatching(/1 team member;.*Upgrade to Professional/),
    });

    await changePlan(owner, "professional");
    const upgraded = await actorFor(tenant.tenantId, tenant.ownerId);
    expect(upgraded.actor.plan).toBe("professional");
    await expect(inviteMember(upgraded, { email: uniqueEmail(), role: "user" })).resolves.toBeDefined();

    // The upgrade is invoiced at once for the rest of the period.
    await stripe.emulator.idle();
    const rows = await withSystemTx((tx) => tx.select().from(invoices).where(eq(invoices.tenantId, tenant.tenantId)));
    expect(rows.map((r) => r.billingReason).sort()).toEqual(["subscription_create", "subscription_update"]);
    const proration = rows.find((r) => r.billingReason === "subscription_update")!;
    expect(Number(proration.total)).toBeGreaterThan(0);
    expect(Number(proration.total)).toBeLessThanOrEqual(1_500);
  });

  it("refuses a second subscription (409) and a downgrade that would not fit the members (409)", async () => {
    const tenant = await createTenant();
    await addMember(tenant.owner, "user");
    const owner = await subscribe(tenant.owner, "professional");
    await expect(startSubscriptionCheckout(owner, "starter")).rejects.toMatchObject({ code: "conflict" });
    await expect(changePlan(owner, "starter")).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/allows 1 team member; this organization has 2/),
    });
    await expect(changePlan(owner, "professional")).rejects.toMatchObject({ code: "conflict" });
  });

  it("a first checkout racing a rename still gets the one Stripe customer (no server error)", async () => {
    const tenant = await createTenant();
    const first = await ensureCustomer(tenant.owner);
    // As if the racing request had not stored the id yet when the organization was renamed.
    await withSystemTx((tx) => tx.update(tenants).set({ stripeCustomerId: null }).where(eq(tenants.id, tenant.tenantId)));
    await updateTenant(tenant.owner, { name: "Renamed Sprays" });
    expect(await ensureCustomer(tenant.owner)).toBe(first);
    expect(await getStripe().customers.retrieve(first)).toMatchObject({ name: "Renamed Sprays", metadata: { tenant_id: tenant.tenantId } });
  });

  it("enterprise is not sold online", async () => {
    const tenant = await createTenant();
    await expect(startSubscriptionCheckout(tenant.owner, "enterprise")).rejects.toMatchObject({ code: "validation_failed" });
  });

  it("cancel keeps the subscription until the period ends and can be undone; after the period the tenant is read-only", async () => {
    const tenant = await createTenant();
    const owner = await subscribe(tenant.owner, "starter");
    await setCancelAtPeriodEnd(owner, true);
    expect((await getCurrentOverview(owner.actor)).subscription).toMatchObject({ cancelAtPeriodEnd: true, status: "active" });
    await expect(setCancelAtPeriodEnd(owner, true)).rejects.toMatchObject({ code: "conflict" });
    await setCancelAtPeriodEnd(owner, false);
    expect((await getCurrentOverview(owner.actor)).subscription).toMatchObject({ cancelAtPeriodEnd: false });

    await setCancelAtPeriodEnd(owner, true);
    await stripe.emulator.advanceClock(32 * 86_400);
    await stripe.emulator.idle();
    const after = await actorFor(tenant.tenantId, tenant.ownerId);
    expect(after.actor.subscriptionStatus).toBe("canceled");
    expect(() => assertWritable(after.actor)).toThrow(/read-only.*canceled/);
  });

  it("a failed renewal makes the tenant past due and read-only; paying the invoice restores it", async () => {
    const tenant = await createTenant();
    await subscribe(tenant.owner, "starter");
    const { stripeCustomerId } = (await withSystemTx((tx) => tx.select().from(tenants).where(eq(tenants.id, tenant.tenantId))))[0]!;
    stripe.emulator.failNextPayments(1, stripeCustomerId!);
    await stripe.emulator.advanceClock(32 * 86_400);
    await stripe.emulator.idle();
    const pastDue = await actorFor(tenant.tenantId, tenant.ownerId);
    expect(pastDue.actor.subscriptionStatus).toBe("past_due");
    expect(() => assertWritable(pastDue.actor)).toThrow(expect.objectContaining({ code: "payment_required" }));

    const page = await withTenantTx(tenant.tenantId, (tx) => listInvoices(tx, tenant.tenantId, { limit: 10 }));
    const open = page.items.find((i) => i.status === "sent")!;
    expect(open.payUrl).toMatch(/\/invoices\/in_/);
    const row = (await withTenantTx(tenant.tenantId, (tx) => getInvoice(tx, tenant.tenantId, open.id)))!;
    // The renewal's line names the plan and the period it bills, as Stripe has it.
    expect(row.lines).toEqual([
      expect.objectContaining({
        description: expect.stringContaining("Starter"),
        amountCents: 50_000,
        proration: false,
        periodEnd: expect.any(String),
      }),
    ]);
    const { getStripe } = await import("./stripe");
    await getStripe().invoices.pay(row.stripeInvoiceId);
    await stripe.emulator.idle();
    const restored = await actorFor(tenant.tenantId, tenant.ownerId);
    expect(restored.actor.subscriptionStatus).toBe("active");
    expect(() => assertWritable(restored.actor)).not.toThrow();
  });

  it("shows usage against every limit to every member", async () => {
    const tenant = await createTenant();
    const viewer = await addMember(tenant.owner, "viewer");
    const overview = await withTenantTx(tenant.tenantId, (tx) => getSubscriptionOverview(tx, viewer.ctx.actor));
    expect(overview).toMatchObject({ plan: "professional", status: "trialing", readOnly: false, trialDaysLeft: 14 });
    expect(overview.usage.find((u) => u.limit === "max_users")).toMatchObject({ used: 2, allowed: 5 });
  });

  it("no tenant sees another's invoices", async () => {
    const a = await createTenant();
    await subscribe(a.owner, "starter");
    const b = await createTenant();
    const [invoice] = (await withTenantTx(a.tenantId, (tx) => listInvoices(tx, a.tenantId, { limit: 1 }))).items;
    expect(invoice).toBeDefined();
    expect(await withTenantTx(b.tenantId, (tx) => getInvoice(tx, b.tenantId, invoice!.id))).toBeNull();
    // Even naming tenant A's id inside tenant B's context finds nothing: RLS.
    expect(await withTenantTx(b.tenantId, (tx) => getInvoice(tx, a.tenantId, invoice!.id))).toBeNull();
    expect((await withTenantTx(b.tenantId, (tx) => listInvoices(tx, b.tenantId, { limit: 10 }))).items).toEqual([]);
  });

  it("deleting the organization ends its Stripe subscription, so it is not charged again", async () => {
    const tenant = await createTenant({ company: `Closing ${Date.now()}` });
    await subscribe(tenant.owner, "starter");
    const { stripeSubscriptionId, name } = (
      await withSystemTx((tx) => tx.select().from(tenants).where(eq(tenants.id, tenant.tenantId)))
    )[0]!;
    await deleteTenant(tenant.owner, name);
    const { getStripe } = await import("./stripe");
    expect((await getStripe().subscriptions.retrieve(stripeSubscriptionId!)).status).toBe("canceled");
    await stripe.emulator.idle();
    expect(await withSystemTx((tx) => tx.select().from(tenants).where(eq(tenants.id, tenant.tenantId)))).toEqual([]);
  });
});
