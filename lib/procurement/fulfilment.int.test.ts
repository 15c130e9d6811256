import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { invoices, payments, procurementCommissions, procurements, tenants } from "@/db/schema";
import { withSystemTx, withTenantTx } from "@/db/tenant";
import { decimalToCents } from "@/lib/billing/money";
import { startSubscriptionCheckout } from "@/lib/billing/service";
import { getStripe } from "@/lib/billing/stripe";
import { createConfigurationSchema } from "@/lib/configurations/schemas";
import { createConfiguration } from "@/lib/configurations/service";
import { listOutboxMessages } from "@/lib/email/outbox";
import { JOB_HANDLERS } from "@/lib/jobs/handlers";
import { enqueueJob, relayOutbox } from "@/lib/jobs/outbox";
import type { JobTopic } from "@/lib/jobs/topics";
import { startWorker } from "@/lib/jobs/worker";
import { generateCatalog } from "@/lib/prediction/catalog-generator";
import { seedCatalog } from "@/scripts/seed";
import { addMember, createTenant } from "@/scripts/vitest/factories";
import { eventsOfType, payCheckout, setupStripeEmulator } from "@/scripts/vitest/stripe";
import { setupSupplierSimulator } from "@/scripts/vitest/suppliers";
import { startCheckout } from "./checkout";
import { compareSuppliers } from "./compare";
import { applySupplierCallback } from "./fulfilment";
import { confirmReceipt } from "./receipt";
import { confirmReceiptSchema, createProcurementSchema } from "./schemas";
import { cancelProcurement, createProcurement, getProcurement, updateProcurement } from "./service";

const catalog = generateCatalog(200, 2026);
const suppliers = setupSupplierSimulator(catalog);
const stripe = setupStripeEmulator();
const SKU = catalog[0]!.sku;
const SHIP_TO = { name: "Lab receiving", line1: "1 Spray Lane", city: "Leeds", postalCode: "LS1 1AA", country: "GB" };

beforeAll(async () => {
  await seedCatalog();
});

/** Runs every job the outbox holds (and the ones they ask for) in this process, as the worker would. */
async function drainJobs(): Promise<void> {
  for (let round = 0; round < 20; round++) {
    await stripe.emulator.idle();
    const handlers = JOB_HANDLERS as Record<JobTopic, (payload: unknown) => Promise<void>>;
    const sent = await relayOutbox(async (jobs) => {
      for (const job of jobs) await handlers[job.topic](job.payload);
    });
    if (sent === 0) return;
  }
  throw new Error("jobs kept asking for more jobs");
}

/** Applies the supplier's signed callbacks that reached the receiver, as the callback route does. */
async function deliverCallbacks() {
  await suppliers.simulator.idle();
  const outcomes = [];
  for (const event of suppliers.received.splice(0)) outcomes.push(await applySupplierCallback(event));
  await drainJobs();
  return outcomes;
}

/** An order ready to pay: one line, quoted, a complete supplier chosen, an address. */
async function readyOrder(owner: Awaited<ReturnType<typeof createTenant>>["owner"], qty = 2) {
  const configuration = await createConfiguration(
    owner,
    createConfigurationSchema.parse({
      name: "Fulfilment",
      fluid: { viscosityCp: 1, densityKgM3: 998, surfaceTensionMNm: 72 },
      targets: { flowMlMin: 400 },
    }),
  );
  const draft = await createProcurement(
    owner,
    createProcurementSchema.parse({ configurationId: configuration.id, items: [{ sku: SKU, qty }] }),
  );
  const compared = await compareSuppliers(owner, { procurementId: draft.id });
  const offer = compared.suppliers.find((o) => o.status === "quoted" && o.lines.every((l) => l.availability !== "unavailable"));
  if (!offer) throw new Error("no supplier quoted every line");
  const chosen = await updateProcurement(owner, draft.id, {
    version: compared.version!,
    selectedSupplier: offer.supplier,
    shipTo: SHIP_TO,
  });
  return { id: draft.id, supplier: offer.supplier, chosen };
}

async function pay(owner: Awaited<ReturnType<typeof createTenant>>["owner"], id: string) {
  const { url } = await startCheckout(owner, id);
  expect((await payCheckout(url)).status).toBe(303);
  await drainJobs();
  return getProcurement(owner, id);
}

describe("order fulfilment", () => {
  it("paying authorises the card, places the order once, and the supplier's callbacks move it to delivered", async () => {
    const t = await createTenant();
    const { id, supplier, chosen } = await readyOrder(t.owner);
    const submitted = await pay(t.owner, id);
    expect(submitted).toMatchObject({ status: "submitted", paymentStatus: "authorized", selectedSupplier: supplier });
    expect(submitted.supplierOrderId).toEqual(expect.any(String));
    const placed = suppliers.simulator.orders(supplier);
    expect(placed).toHaveLength(1);
    expect(placed[0]).toMatchObject({ id: submitted.supplierOrderId, totalCents: expect.any(Number) });
    expect(placed[0]!.lines).toEqual([expect.objectContaining({ sku: SKU, quantity: 2 })]);
    const [payment] = await withSystemTx((tx) => tx.select().from(payments).where(eq(payments.tenantId, t.tenantId)));
    expect(payment).toMatchObject({ status: "requires_capture", amount: (chosen.totalCents / 100).toFixed(2), captureMethod: "manual" });

    // Placing again (a retried job) makes no second order.
    await JOB_HANDLERS["procurement.place_order"]!({ tenantId: t.tenantId, procurementId: id });
    expect(suppliers.simulator.orders(supplier)).toHaveLength(1);

    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "shipped");
    expect(await deliverCallbacks()).toEqual(["applied", "applied"]);
    const shipped = await getProcurement(t.owner, id);
    expect(shipped).toMatchObject({ status: "shipped", trackingNumber: expect.any(String), carrier: expect.any(String) });

    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "delivered");
    await deliverCallbacks();
    const delivered = await getProcurement(t.owner, id);
    expect(delivered.status).toBe("delivered");
    expect(delivered.timeline.map((e) => e.toStatus)).toEqual(["draft", "submitted", "submitted", "confirmed", "shipped", "delivered"]);
    expect(delivered.timeline.filter((e) => e.source === "supplier").length).toBeGreaterThanOrEqual(3);

    const mail = await listOutboxMessages({ to: t.ownerEmail });
    expect(mail.map((m) => m.subject)).toEqual(
      expect.arrayContaining([expect.stringMatching(/It has shipped$/), expect.stringMatching(/It was delivered$/)]),
    );
  });

  it("a callback delivered twice has one effect", async () => {
    const t = await createTenant();
    const { id, supplier } = await readyOrder(t.owner);
    const submitted = await pay(t.owner, id);
    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "confirmed");
    await suppliers.simulator.idle();
    const [event] = suppliers.received.splice(0);
    expect(await applySupplierCallback(event!)).toBe("applied");
    expect(await applySupplierCallback(event!)).toBe("duplicate");
    expect((await getProcurement(t.owner, id)).timeline.filter((e) => e.toStatus === "confirmed")).toHaveLength(1);
  });

  it("cancelling a submitted order cancels it at the supplier and releases the hold", async () => {
    const t = await createTenant();
    const { id, supplier } = await readyOrder(t.owner);
    const submitted = await pay(t.owner, id);
    await cancelProcurement(t.owner, id);
    await drainJobs();
    await deliverCallbacks();
    expect(suppliers.simulator.orders(supplier).find((o) => o.id === submitted.supplierOrderId)?.status).toBe("cancelled");
    expect(await getProcurement(t.owner, id)).toMatchObject({ status: "cancelled", paymentStatus: "released" });
  });

  it("a supplier's rejection fails the order and releases the hold", async () => {
    const t = await createTenant();
    const { id, supplier } = await readyOrder(t.owner);
    const submitted = await pay(t.owner, id);
    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "rejected", "Discontinued SKU");
    await deliverCallbacks();
    expect(await getProcurement(t.owner, id)).toMatchObject({
      status: "failed",
      failureReason: "Discontinued SKU",
      paymentStatus: "released",
    });
  });

  it("checkout says what is missing: an address, a chosen quote, an admin's approval; viewers cannot", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const viewer = await addMember(t.owner, "viewer");
    const { id } = await readyOrder(user.ctx);
    await expect(startCheckout(viewer.ctx, id)).rejects.toMatchObject({ code: "forbidden" });
    await withSystemTx((tx) => tx.update(tenants).set({ procurementApprovalThreshold: "1.00" }).where(eq(tenants.id, t.tenantId)));
    await expect(startCheckout(user.ctx, id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/need an admin's approval/),
    });
    const unquoted = await createProcurement(
      user.ctx,
      createProcurementSchema.parse({
        configurationId: (await getProcurement(user.ctx, id)).configurationId,
        items: [{ sku: SKU, qty: 1 }],
      }),
    );
    await expect(startCheckout(t.owner, unquoted.id)).rejects.toMatchObject({
      code: "conflict",
      message: "Choose a supplier's quote before checking out",
    });
    const other = await createTenant();
    const { id: noAddress, chosen } = await readyOrder(other.owner);
    await updateProcurement(other.owner, noAddress, { version: chosen.version, shipTo: null });
    await expect(startCheckout(other.owner, noAddress)).rejects.toMatchObject({ code: "validation_failed", details: [{ path: "shipTo" }] });
    await expect(startCheckout(t.owner, noAddress)).rejects.toMatchObject({ code: "not_found" });
  });

  it("two checkouts at once open one payment", async () => {
    const t = await createTenant();
    const { id } = await readyOrder(t.owner);
    const results = await Promise.allSettled([startCheckout(t.owner, id), startCheckout(t.owner, id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
  });
});

async function deliveredOrder(t: Awaited<ReturnType<typeof createTenant>>, qty = 4) {
  const { id, supplier } = await readyOrder(t.owner, qty);
  const submitted = await pay(t.owner, id);
  suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "delivered");
  await deliverCallbacks();
  const delivered = await getProcurement(t.owner, id);
  expect(delivered.status).toBe("delivered");
  return delivered;
}

const commissionsOf = (tenantId: string) =>
  withSystemTx((tx) => tx.select().from(procurementCommissions).where(eq(procurementCommissions.tenantId, tenantId)));

describe("verified receipt", () => {
  it("a member confirms receipt with the delivered order's code; the payment is captured and the commission recorded once", async () => {
    const t = await createTenant();
    const user = await addMember(t.owner, "user");
    const delivered = await deliveredOrder(t);
    expect(delivered.captureAt).toBe("receipt");
    expect(delivered.receipt).toMatchObject({
      code: expect.stringMatching(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/),
      qrSvg: expect.stringContaining("<svg"),
    });
    expect(delivered.receipt!.url).toContain(`/procurements/${delivered.id}?receipt=`);
    const result = await confirmReceipt(
      user.ctx,
      delivered.id,
      confirmReceiptSchema.parse({ code: delivered.receipt!.code.toLowerCase() }),
    );
    expect(result).toMatchObject({ status: "received", chargedCents: delivered.totalCents });
    await drainJobs();
    const received = await getProcurement(t.owner, delivered.id);
    expect(received).toMatchObject({ status: "received", paymentStatus: "paid", amountCapturedCents: delivered.totalCents, receipt: null });
    const commissions = await commissionsOf(t.tenantId);
    // Professional trial: 15% of what was charged.
    expect(commissions).toEqual([
      expect.objectContaining({
        procurementId: delivered.id,
        orderTotal: (delivered.totalCents / 100).toFixed(2),
        commissionRate: "15.00",
      }),
    ]);
    await expect(
      confirmReceipt(user.ctx, delivered.id, confirmReceiptSchema.parse({ code: delivered.receipt!.code })),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("a short delivery needs a note and captures only what arrived", async () => {
    const t = await createTenant();
    const delivered = await deliveredOrder(t, 4);
    const sku = delivered.lines[0]!.sku;
    const input = { code: delivered.receipt!.code, received: [{ sku, qty: 3 }] };
    await expect(confirmReceipt(t.owner, delivered.id, confirmReceiptSchema.parse(input))).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "note" }],
    });
    await expect(
      confirmReceipt(t.owner, delivered.id, confirmReceiptSchema.parse({ ...input, received: [{ sku, qty: 5 }] })),
    ).rejects.toMatchObject({ code: "validation_failed", details: [{ path: "received.0.qty", message: "Only 4 were ordered" }] });
    const result = await confirmReceipt(t.owner, delivered.id, confirmReceiptSchema.parse({ ...input, note: "One nozzle cracked" }));
    expect(result.chargedCents).toBe(Math.round((delivered.totalCents * 3) / 4));
    await drainJobs();
    expect(await getProcurement(t.owner, delivered.id)).toMatchObject({
      paymentStatus: "paid",
      amountCapturedCents: result.chargedCents,
      receiptNote: "One nozzle cracked",
    });
  });

  it("a wrong code, another order's code or an expired one is refused; viewers and other organizations cannot confirm", async () => {
    const t = await createTenant();
    const viewer = await addMember(t.owner, "viewer");
    const first = await deliveredOrder(t, 1);
    const second = await deliveredOrder(t, 1);
    const wrong = (code: string) => confirmReceipt(t.owner, first.id, confirmReceiptSchema.parse({ code }));
    await expect(wrong("AAAAA-AAAAA")).rejects.toMatchObject({
      code: "validation_failed",
      message: "That is not this order's receipt code",
    });
    await expect(wrong(second.receipt!.code)).rejects.toMatchObject({ code: "validation_failed" });
    await expect(confirmReceipt(viewer.ctx, first.id, confirmReceiptSchema.parse({ code: first.receipt!.code }))).rejects.toMatchObject({
      code: "forbidden",
    });
    const outsider = await createTenant();
    await expect(confirmReceipt(outsider.owner, first.id, confirmReceiptSchema.parse({ code: first.receipt!.code }))).rejects.toMatchObject(
      { code: "not_found" },
    );
    const longAgo = new Date(Date.now() - 31 * 86_400_000);
    await withSystemTx((tx) => tx.update(procurements).set({ deliveredAt: longAgo }).where(eq(procurements.id, first.id)));
    const expired = (await getProcurement(t.owner, first.id)).receipt!.code;
    await expect(wrong(expired)).rejects.toMatchObject({ code: "validation_failed", message: "This receipt code has expired" });
  });

  it("an unconfirmed delivery is confirmed in full after the allowed days, and captured", async () => {
    const t = await createTenant();
    const delivered = await deliveredOrder(t, 2);
    await JOB_HANDLERS["procurement.auto_confirm"]!({ tenantId: null });
    expect((await getProcurement(t.owner, delivered.id)).status).toBe("delivered");
    await withSystemTx((tx) =>
      tx
        .update(procurements)
        .set({ deliveredAt: new Date(Date.now() - 3 * 86_400_000) })
        .where(eq(procurements.id, delivered.id)),
    );
    await JOB_HANDLERS["procurement.auto_confirm"]!({ tenantId: null });
    await drainJobs();
    const received = await getProcurement(t.owner, delivered.id);
    expect(received).toMatchObject({ status: "received", paymentStatus: "paid", amountCapturedCents: delivered.totalCents });
    expect(received.timeline.at(-2)).toMatchObject({ toStatus: "received", source: "system" });
  });

  it("an order delivered after the card hold would lapse is captured at shipment", async () => {
    const t = await createTenant();
    const { id, supplier } = await readyOrder(t.owner);
    await withSystemTx((tx) =>
      tx
        .update(procurements)
        .set({ suppliersQuoted: sql`jsonb_set(suppliers_quoted, '{0,leadTimeDays}', '30')` })
        .where(eq(procurements.id, id)),
    );
    await withSystemTx((tx) =>
      tx
        .update(procurements)
        .set({ suppliersQuoted: sql`jsonb_set(suppliers_quoted, '{1,leadTimeDays}', '30')` })
        .where(eq(procurements.id, id)),
    );
    expect((await getProcurement(t.owner, id)).captureAt).toBe("shipment");
    const submitted = await pay(t.owner, id);
    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "shipped");
    await deliverCallbacks();
    expect(await getProcurement(t.owner, id)).toMatchObject({ status: "shipped", paymentStatus: "paid", captureAt: "shipment" });
  });
});

describe("the job worker", () => {
  it("relays a committed outbox row to the queue and runs its handler", async () => {
    const t = await createTenant();
    const seen: unknown[] = [];
    const worker = await startWorker({ "payment.updated": async (payload) => void seen.push(payload) }, { relayIntervalMs: 100 });
    try {
      await withTenantTx(t.tenantId, (tx) =>
        enqueueJob(tx, "payment.updated", { tenantId: t.tenantId, paymentId: t.ownerId, reference: "test" }),
      );
      await expect
        .poll(() => seen, { timeout: 15_000, interval: 200 })
        .toEqual([{ tenantId: t.tenantId, paymentId: t.ownerId, reference: "test" }]);
    } finally {
      await worker.stop();
    }
  });
});

describe("capture runs once", () => {
  it("two receipt confirmations at once, and the capture job run twice at once, capture the payment once", async () => {
    const t = await createTenant();
    const delivered = await deliveredOrder(t);
    const input = confirmReceiptSchema.parse({ code: delivered.receipt!.code });
    const results = await Promise.allSettled([confirmReceipt(t.owner, delivered.id, input), confirmReceipt(t.owner, delivered.id, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });

    const capture = JOB_HANDLERS["procurement.capture"]!;
    const job = { tenantId: t.tenantId, procurementId: delivered.id };
    await Promise.all([capture(job), capture(job)]);
    await drainJobs();
    expect(await getProcurement(t.owner, delivered.id)).toMatchObject({ paymentStatus: "paid", amountCapturedCents: delivered.totalCents });
    const [payment] = await withSystemTx((tx) => tx.select().from(payments).where(eq(payments.tenantId, t.tenantId)));
    expect(payment).toMatchObject({ status: "succeeded", amountCaptured: (delivered.totalCents / 100).toFixed(2), amountRefunded: "0.00" });
    const captures = eventsOfType(stripe.emulator, "charge.captured").filter(
      (e) => (e.data.object as Stripe.Charge).payment_intent === payment!.stripePaymentIntentId,
    );
    expect(captures).toHaveLength(1);
    expect(await commissionsOf(t.tenantId)).toHaveLength(1);
  });
});

// Last in the file: it moves the Stripe emulator's clock a month ahead.
describe("commission invoicing", () => {
  it("a captured order's commission is a line on the tenant's next invoice, billed once", async () => {
    const t = await createTenant();
    const { url } = await startSubscriptionCheckout(t.owner, "professional");
    expect((await payCheckout(url)).status).toBe(303);
    await stripe.emulator.idle();
    const delivered = await deliveredOrder(t);
    await confirmReceipt(t.owner, delivered.id, confirmReceiptSchema.parse({ code: delivered.receipt!.code }));
    await drainJobs();
    const [commission] = await commissionsOf(t.tenantId);
    expect(commission).toMatchObject({ stripeInvoiceItemId: expect.stringMatching(/^ii_/), invoiceId: null });
    // A repeated job adds nothing.
    await JOB_HANDLERS["billing.invoice_commission"]!({ tenantId: t.tenantId, commissionId: commission!.id });
    const [tenant] = await withSystemTx((tx) => tx.select().from(tenants).where(eq(tenants.id, t.tenantId)));
    expect((await getStripe().invoiceItems.list({ customer: tenant!.stripeCustomerId! })).data).toHaveLength(1);

    await stripe.emulator.advanceClock(31 * 86_400);
    await stripe.emulator.idle();
    const rows = await withSystemTx((tx) => tx.select().from(invoices).where(eq(invoices.tenantId, t.tenantId)));
    const renewal = rows.find((r) => r.billingReason === "subscription_cycle");
    expect(renewal).toMatchObject({ procurementCommissions: commission!.commissionAmount });
    expect(renewal!.lines).toContainEqual(
      expect.objectContaining({
        description: expect.stringMatching(
          new RegExp(`^Procurement commission, order ${delivered.id.slice(0, 8)} \\((Spencer|Coster)\\): 15% of`),
        ),
        amountCents: Math.round(Number(commission!.commissionAmount) * 100),
        periodStart: null,
      }),
    );
    expect(decimalToCents(renewal!.total)).toBe(
      decimalToCents(renewal!.subscriptionAmount!) + decimalToCents(commission!.commissionAmount),
    );
    expect((await commissionsOf(t.tenantId))[0]).toMatchObject({ invoiceId: renewal!.id });
  });

  it("a refund after the commission was invoiced credits the difference on the following invoice", async () => {
    const t = await createTenant();
    const { url } = await startSubscriptionCheckout(t.owner, "professional");
    expect((await payCheckout(url)).status).toBe(303);
    await stripe.emulator.idle();
    const { id, supplier } = await readyOrder(t.owner, 4);
    for (const index of [0, 1]) {
      await withSystemTx((tx) =>
        tx
          .update(procurements)
          .set({ suppliersQuoted: sql`jsonb_set(suppliers_quoted, ${`{${index},leadTimeDays}`}::text[], '30')` })
          .where(eq(procurements.id, id)),
      );
    }
    const submitted = await pay(t.owner, id);
    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "shipped");
    await deliverCallbacks();
    const [charged] = await commissionsOf(t.tenantId);
    expect(charged).toMatchObject({ orderTotal: (submitted.totalCents / 100).toFixed(2), billedAmount: charged!.commissionAmount });

    await stripe.emulator.advanceClock(31 * 86_400);
    await stripe.emulator.idle();
    suppliers.simulator.advanceOrder(supplier, submitted.supplierOrderId!, "delivered");
    await deliverCallbacks();
    const delivered = await getProcurement(t.owner, id);
    const sku = delivered.lines[0]!.sku;
    await confirmReceipt(
      t.owner,
      id,
      confirmReceiptSchema.parse({ code: delivered.receipt!.code, received: [{ sku, qty: 3 }], note: "One missing" }),
    );
    await drainJobs();
    await stripe.emulator.idle();
    await drainJobs();
    const [adjusted] = await commissionsOf(t.tenantId);
    const kept = Math.round((submitted.totalCents * 3) / 4);
    expect(adjusted).toMatchObject({ orderTotal: (kept / 100).toFixed(2), billedAmount: adjusted!.commissionAmount });
    const credit = decimalToCents(adjusted!.commissionAmount) - decimalToCents(charged!.commissionAmount);
    expect(credit).toBeLessThan(0);

    await stripe.emulator.advanceClock(31 * 86_400);
    await stripe.emulator.idle();
    const rows = await withSystemTx((tx) => tx.select().from(invoices).where(eq(invoices.tenantId, t.tenantId)));
    const renewals = rows.filter((r) => r.billingReason === "subscription_cycle").sort((a, b) => +a.invoiceDate - +b.invoiceDate);
    expect(renewals.map((r) => r.lines.find((l) => l.description.startsWith("Commission adjusted"))?.amountCents ?? null)).toEqual([
      null,
      credit,
    ]);
    expect(renewals[0]!.lines).toContainEqual(expect.objectContaining({ amountCents: decimalToCents(charged!.commissionAmount) }));
  });
});
