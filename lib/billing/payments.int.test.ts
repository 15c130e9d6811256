import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { procurementCommissions } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { createTenant } from "@/scripts/vitest/factories";
import { payCheckout, setupStripeEmulator } from "@/scripts/vitest/stripe";
import { cancelPayment, capturePayment, getPayment, recordCommission, refundPayment, startPayment } from "./payments";
import { ensureCustomer } from "./service";

const stripe = setupStripeEmulator();

async function paidThroughCheckout(captureMethod: "automatic" | "manual", amountCents = 12_345) {
  const tenant = await createTenant();
  const customer = await ensureCustomer(tenant.owner);
  const { payment, url } = await startPayment({
    tenantId: tenant.tenantId,
    customer,
    reference: "procurement:test-order",
    description: "Sample order: 10 × SPENC-HC-0100",
    amountCents,
    captureMethod,
    successUrl: "http://localhost:3000/done",
    cancelUrl: "http://localhost:3000/cancel",
  });
  expect(payment.status).toBe("requires_payment");
  expect((await payCheckout(url)).status).toBe(303);
  await stripe.emulator.idle();
  const read = () => withTenantTx(tenant.tenantId, (tx) => getPayment(tx, tenant.tenantId, payment.id));
  return { tenant, payment, read };
}

describe("one-off payments", () => {
  it("an automatic payment is marked succeeded by its webhooks", async () => {
    const { read } = await paidThroughCheckout("automatic");
    expect(await read()).toMatchObject({ status: "succeeded", amount: "123.45", amountCaptured: "123.45", amountRefunded: "0.00" });
  });

  it("a manual-capture payment is authorized, captured in part, then refunded in part", async () => {
    const { tenant, payment, read } = await paidThroughCheckout("manual");
    expect(await read()).toMatchObject({ status: "requires_capture", amountCaptured: "0.00" });
    expect(await capturePayment(tenant.tenantId, payment.id, 10_000)).toMatchObject({ status: "succeeded", amountCaptured: "100.00" });
    await expect(refundPayment(tenant.tenantId, payment.id, "too-much", 20_000)).rejects.toMatchObject({ code: "validation_failed" });
    expect(await refundPayment(tenant.tenantId, payment.id, "first", 2_500)).toMatchObject({ amountRefunded: "25.00" });
    // The same refund request retried refunds once.
    expect(await refundPayment(tenant.tenantId, payment.id, "first", 2_500)).toMatchObject({ amountRefunded: "25.00" });
    await stripe.emulator.idle();
    expect(await read()).toMatchObject({ status: "succeeded", amountRefunded: "25.00" });
  });

  it("an authorization can be released instead of captured", async () => {
    const { tenant, payment } = await paidThroughCheckout("manual");
    expect(await cancelPayment(tenant.tenantId, payment.id)).toMatchObject({ status: "canceled" });
    await expect(capturePayment(tenant.tenantId, payment.id)).rejects.toMatchObject({ code: "conflict" });
  });

  it("another tenant cannot see, capture or refund the payment (404)", async () => {
    const { payment } = await paidThroughCheckout("manual");
    const other = await createTenant();
    expect(await withTenantTx(other.tenantId, (tx) => getPayment(tx, other.tenantId, payment.id))).toBeNull();
    await expect(capturePayment(other.tenantId, payment.id)).rejects.toMatchObject({ code: "not_found" });
    await expect(refundPayment(other.tenantId, payment.id, "x")).rejects.toMatchObject({ code: "not_found" });
  });

  it("records the plan's commission on an order once", async () => {
    const { tenantId } = await createTenant({ plan: "professional" });
    const procurementId = crypto.randomUUID();
    const input = { tenantId, procurementId, supplier: "Spencer", orderTotalCents: 1_005, plan: "professional" as const };
    await withSystemTx((tx) => recordCommission(tx, input));
    await withSystemTx((tx) => recordCommission(tx, input));
    const rows = await withSystemTx((tx) =>
      tx.select().from(procurementCommissions).where(eq(procurementCommissions.procurementId, procurementId)),
    );
    expect(rows.map((r) => [r.commissionRate, r.commissionAmount, r.orderTotal])).toEqual([["15.00", "1.51", "10.05"]]);
  });
});
