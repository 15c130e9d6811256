import Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseForm } from "./core/form-body";
import { createPlan, eventsOf, type Harness, press, startHarness, typesAfter } from "./test-support";

const DAY = 86_400;

let h: Harness;

beforeEach(async () => {
  h = await startHarness();
});

afterEach(async () => {
  await h.close();
});

/** A customer subscribed through the API (paid at once). */
async function subscribedCustomer(price: Stripe.Price, metadata: Record<string, string> = {}) {
  const customer = await h.stripe.customers.create({ email: "owner@example.test", metadata });
  const subscription = await h.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }], metadata });
  return { customer, subscription };
}

describe("request parsing", () => {
  it("decodes Stripe's bracket notation into nested objects and arrays", () => {
    const parsed = parseForm(
      "line_items[0][price]=price_1&line_items[0][quantity]=2&line_items[1][price]=price_2&metadata[tenant_id]=t%201&expand[]=a&expand[]=b&lookup_keys[0]=k",
    );
    expect(parsed).toEqual({
      line_items: [{ price: "price_1", quantity: "2" }, { price: "price_2" }],
      metadata: { tenant_id: "t 1" },
      expand: ["a", "b"],
      lookup_keys: ["k"],
    });
  });
});

describe("catalog", () => {
  it("creates a price with a lookup key and lists it by lookup_keys", async () => {
    const starter = await createPlan(h.stripe, "Starter", 50_000, "starter_monthly");
    await createPlan(h.stripe, "Professional", 200_000, "professional_monthly");
    expect(starter).toMatchObject({
      object: "price",
      lookup_key: "starter_monthly",
      unit_amount: 50_000,
      type: "recurring",
      livemode: false,
    });
    expect(starter.id).toMatch(/^price_[A-Za-z0-9]+$/);

    const found = await h.stripe.prices.list({ lookup_keys: ["starter_monthly"], expand: ["data.product"] });
    expect(found.data.map((price) => price.id)).toEqual([starter.id]);
    expect((found.data[0]!.product as Stripe.Product).name).toBe("Starter");

    await expect(
      h.stripe.prices.create({ product: starter.product as string, unit_amount: 1, currency: "usd", lookup_key: "starter_monthly" }),
    ).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it("pages lists newest first with limit and starting_after", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push((await h.stripe.customers.create({ email: `c${i}@example.test` })).id);
    const first = await h.stripe.customers.list({ limit: 2 });
    expect(first).toMatchObject({ object: "list", has_more: true, url: "/v1/customers" });
    expect(first.data.map((c) => c.id)).toEqual([ids[2], ids[1]]);
    const second = await h.stripe.customers.list({ limit: 2, starting_after: ids[1] });
    expect(second.data.map((c) => c.id)).toEqual([ids[0]]);
    expect(second.has_more).toBe(false);
    const byEmail = await h.stripe.customers.list({ email: "c1@example.test" });
    expect(byEmail.data.map((c) => c.id)).toEqual([ids[1]]);
  });
});

describe("hosted checkout, subscription mode", () => {
  async function openSession(price: Stripe.Price) {
    const customer = await h.stripe.customers.create({ email: "buyer@example.test" });
    return h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: price.id, quantity: 1 }],
      success_url: "http://app.test/billing?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/billing?canceled=1",
      client_reference_id: "tenant-1",
      subscription_data: { metadata: { tenant_id: "tenant-1", plan: "starter" } },
    });
  }

  it("renders the hosted page with the plan, Pay, Decline and Cancel and return", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const session = await openSession(price);
    expect(session.id).toMatch(/^cs_test_/);
    expect(session).toMatchObject({
      object: "checkout.session",
      status: "open",
      payment_status: "unpaid",
      url: `http://localhost:${new URL(h.emulator.url).port}/checkout/${session.id}`,
    });

    const pageHtml = await (await fetch(session.url ?? "")).text();
    expect(pageHtml).toContain("Starter");
    expect(pageHtml).toContain("$500.00 / month");
    expect(pageHtml).toMatch(/<button type="submit">Pay<\/button>/);
    expect(pageHtml).toMatch(/>Decline<\/button>/);
    expect(pageHtml).toContain('<a href="http://app.test/billing?canceled=1">Cancel and return</a>');
  });

  it("pays through the hosted page: active subscription, paid invoice, events in order and verifiable", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const session = await openSession(price);
    const before = h.emulator.events().length;
    const response = await press(session.url ?? "", "pay");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://app.test/billing?session_id=${session.id}`);

    const completed = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
    expect(completed).toMatchObject({ status: "complete", payment_status: "paid", client_reference_id: "tenant-1" });
    const subscription = completed.subscription as Stripe.Subscription;
    expect(subscription).toMatchObject({ object: "subscription", status: "active", metadata: { tenant_id: "tenant-1", plan: "starter" } });
    const item = subscription.items.data[0];
    expect(item?.price.id).toBe(price.id);
    expect(item?.current_period_end).toBeGreaterThan(item?.current_period_start ?? Infinity);

    const invoice = await h.stripe.invoices.retrieve(subscription.latest_invoice as string);
    expect(invoice).toMatchObject({
      status: "paid",
      billing_reason: "subscription_create",
      amount_paid: 50_000,
      amount_remaining: 0,
      attempt_count: 1,
    });
    expect(invoice.parent?.subscription_details?.subscription).toBe(subscription.id);
    expect(invoice.parent?.subscription_details?.metadata).toEqual({ tenant_id: "tenant-1", plan: "starter" });
    expect(invoice.lines.data[0]?.pricing?.price_details?.price).toBe(price.id);
    expect(invoice.hosted_invoice_url).toContain(`/invoices/${invoice.id}`);
    const lines = await h.stripe.invoices.listLineItems(invoice.id);
    expect(lines.data.map((line) => line.amount)).toEqual([50_000]);

    const expected = [
      "customer.subscription.created",
      "invoice.created",
      "invoice.finalized",
      "invoice.paid",
      "invoice.payment_succeeded",
      "checkout.session.completed",
    ];
    expect(typesAfter(h.emulator, before)).toEqual(expected);
    const sessionEvent = eventsOf(h.emulator, "checkout.session.completed")[0];
    expect(sessionEvent?.data.object).toMatchObject({
      id: session.id,
      subscription: subscription.id,
      payment_status: "paid",
      status: "complete",
    });

    await h.emulator.idle();
    const ids = h.emulator.events().map((event) => event.id);
    expect(h.receiver.received.every((entry) => entry.verified)).toBe(true);
    expect(h.receiver.received.map((entry) => entry.id).sort()).toEqual([...ids].sort());
    expect(h.receiver.received.slice(-expected.length).map((entry) => entry.type)).toEqual(expected);
  });

  it("shows the card error on decline and creates nothing, then succeeds", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const session = await openSession(price);

    const declined = await press(session.url ?? "", "decline");
    expect(declined.status).toBe(402);
    expect(await declined.text()).toContain("Your card was declined.");

    h.emulator.failNextPayments();
    const failed = await press(session.url ?? "", "pay");
    expect(failed.status).toBe(402);
    expect(await failed.text()).toContain("Your card was declined.");
    expect((await h.stripe.subscriptions.list()).data).toHaveLength(0);
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");
    expect(eventsOf(h.emulator, "checkout.session.completed")).toHaveLength(0);

    expect((await press(session.url ?? "", "pay")).status).toBe(303);
    expect((await h.stripe.subscriptions.list()).data.map((sub) => sub.status)).toEqual(["active"]);
  });

  it("starts a trial without charging, then bills when the trial ends", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const customer = await h.stripe.customers.create({ email: "trial@example.test" });
    const session = await h.stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      line_items: [{ price: price.id }],
      success_url: "http://app.test/ok",
      subscription_data: { trial_period_days: 14 },
    });
    expect(await (await fetch(session.url ?? "")).text()).toContain("14-day free trial");
    await press(session.url ?? "", "pay");
    const done = await h.stripe.checkout.sessions.retrieve(session.id);
    expect(done).toMatchObject({ payment_status: "no_payment_required", amount_total: 0 });
    const trialing = await h.stripe.subscriptions.retrieve(done.subscription as string);
    expect(trialing.status).toBe("trialing");
    expect(trialing.trial_end).toBe(trialing.items.data[0]?.current_period_end);
    expect((await h.stripe.invoices.retrieve(trialing.latest_invoice as string)).amount_paid).toBe(0);

    await h.emulator.advanceClock(15 * DAY);
    expect(eventsOf(h.emulator, "customer.subscription.trial_will_end")).toHaveLength(1);
    const active = await h.stripe.subscriptions.retrieve(trialing.id, { expand: ["latest_invoice"] });
    expect(active.status).toBe("active");
    expect(active.latest_invoice).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 50_000 });
  });
});

describe("hosted checkout, payment mode", () => {
  async function openPayment(captureMethod: "automatic" | "manual") {
    return h.stripe.checkout.sessions.create({
      mode: "payment",
      customer_email: "buyer@example.test",
      line_items: [{ price_data: { currency: "usd", unit_amount: 4_200, product_data: { name: "Nozzle kit" } }, quantity: 2 }],
      success_url: "http://app.test/orders/{CHECKOUT_SESSION_ID}",
      payment_intent_data: { capture_method: captureMethod, metadata: { order_id: "ord_1" } },
    });
  }

  it("charges the PaymentIntent on Pay", async () => {
    const session = await openPayment("automatic");
    expect(await (await fetch(session.url ?? "")).text()).toContain("$84.00");
    const before = h.emulator.events().length;
    expect((await press(session.url ?? "", "pay")).headers.get("location")).toBe(`http://app.test/orders/${session.id}`);
    const done = await h.stripe.checkout.sessions.retrieve(session.id, { expand: ["payment_intent"] });
    const intent = done.payment_intent as Stripe.PaymentIntent;
    expect(done).toMatchObject({ status: "complete", payment_status: "paid", amount_total: 8_400 });
    expect(intent).toMatchObject({ status: "succeeded", amount: 8_400, amount_received: 8_400, metadata: { order_id: "ord_1" } });
    expect(typesAfter(h.emulator, before)).toEqual([
      "payment_intent.created",
      "payment_intent.succeeded",
      "charge.succeeded",
      "checkout.session.completed",
    ]);
  });

  it("authorizes only with manual capture, and reports declines on the PaymentIntent", async () => {
    const manual = await openPayment("manual");
    await press(manual.url ?? "", "pay");
    const authorized = await h.stripe.checkout.sessions.retrieve(manual.id, { expand: ["payment_intent"] });
    expect(authorized.payment_intent).toMatchObject({ status: "requires_capture", amount_capturable: 8_400 });
    expect(eventsOf(h.emulator, "payment_intent.amount_capturable_updated")).toHaveLength(1);

    const declined = await openPayment("automatic");
    const response = await press(declined.url ?? "", "decline");
    expect(await response.text()).toContain("Your card was declined.");
    const failed = eventsOf(h.emulator, "payment_intent.payment_failed")[0];
    expect(failed?.data.object.last_payment_error).toMatchObject({ code: "card_declined", type: "card_error" });
    expect((await h.stripe.checkout.sessions.retrieve(declined.id)).status).toBe("open");
  });
});

describe("subscription changes", () => {
  it("bills an upgrade's proration immediately with always_invoice", async () => {
    const starter = await createPlan(h.stripe, "Starter", 50_000);
    const pro = await createPlan(h.stripe, "Professional", 200_000);
    const { subscription } = await subscribedCustomer(starter);
    await h.emulator.advanceClock(10 * DAY);
    const item = subscription.items.data[0];
    const before = h.emulator.events().length;

    const updated = await h.stripe.subscriptions.update(subscription.id, {
      items: [{ id: item?.id ?? "", price: pro.id }],
      proration_behavior: "always_invoice",
    });
    expect(updated.items.data[0]?.price.id).toBe(pro.id);
    const invoice = await h.stripe.invoices.retrieve(updated.latest_invoice as string);
    expect(invoice).toMatchObject({ billing_reason: "subscription_update", status: "paid" });

    const start = item?.current_period_start ?? 0;
    const end = item?.current_period_end ?? 0;
    const changedAt = invoice.lines.data[0]?.period.start ?? 0;
    const fraction = (end - changedAt) / (end - start);
    expect(invoice.total).toBe(Math.round(fraction * (200_000 - 50_000)));
    expect(invoice.lines.data.map((line) => line.description)).toEqual([
      expect.stringMatching(/^Unused time on Starter after /),
      expect.stringMatching(/^Remaining time on Professional after /),
    ]);
    expect(typesAfter(h.emulator, before)).toEqual([
      "customer.subscription.updated",
      "invoice.created",
      "invoice.finalized",
      "invoice.paid",
      "invoice.payment_succeeded",
    ]);
    const change = eventsOf(h.emulator, "customer.subscription.updated")[0];
    expect(change?.data.previous_attributes?.items?.data[0]?.price.id).toBe(starter.id);
  });

  it("turns a downgrade into credit applied to the next renewal", async () => {
    const starter = await createPlan(h.stripe, "Starter", 50_000);
    const pro = await createPlan(h.stripe, "Professional", 200_000);
    const { customer, subscription } = await subscribedCustomer(pro);
    await h.emulator.advanceClock(15 * DAY);
    await h.stripe.subscriptions.update(subscription.id, {
      items: [{ id: subscription.items.data[0]?.id ?? "", price: starter.id }],
      proration_behavior: "always_invoice",
    });
    const credit = (await h.stripe.customers.retrieve(customer.id)) as Stripe.Customer;
    expect(credit.balance).toBeLessThan(0);

    await h.emulator.advanceClock(20 * DAY);
    const renewed = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    expect(invoice.billing_reason).toBe("subscription_cycle");
    expect(invoice.starting_balance).toBe(credit.balance);
    expect(invoice.amount_due).toBe(Math.max(50_000 + credit.balance, 0));
  });

  it("keeps create_prorations as pending lines on the next renewal invoice", async () => {
    const starter = await createPlan(h.stripe, "Starter", 50_000);
    const pro = await createPlan(h.stripe, "Professional", 200_000);
    const { subscription } = await subscribedCustomer(starter);
    await h.emulator.advanceClock(10 * DAY);
    await h.stripe.subscriptions.update(subscription.id, { items: [{ id: subscription.items.data[0]?.id ?? "", price: pro.id }] });
    expect((await h.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(1);

    await h.emulator.advanceClock(25 * DAY);
    const invoices = await h.stripe.invoices.list({ subscription: subscription.id });
    const renewal = invoices.data[0];
    expect(renewal?.billing_reason).toBe("subscription_cycle");
    expect(renewal?.lines.data).toHaveLength(3);
    const prorated = (renewal?.lines.data ?? []).slice(0, 2).reduce((sum, line) => sum + line.amount, 0);
    expect(renewal?.total).toBe(prorated + 200_000);
  });

  it("cancels at period end: updated now, deleted when the clock passes the period end", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const { subscription } = await subscribedCustomer(price);
    const periodEnd = subscription.items.data[0]?.current_period_end ?? 0;

    const scheduled = await h.stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    expect(scheduled).toMatchObject({ status: "active", cancel_at_period_end: true, cancel_at: periodEnd });
    expect(eventsOf(h.emulator, "customer.subscription.updated")[0]?.data.previous_attributes).toMatchObject({
      cancel_at_period_end: false,
    });

    await h.emulator.advanceClock(32 * DAY);
    const ended = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(ended).toMatchObject({ status: "canceled", ended_at: periodEnd });
    expect(eventsOf(h.emulator, "customer.subscription.deleted").map((event) => event.data.object.id)).toEqual([subscription.id]);
    expect((await h.stripe.invoices.list({ subscription: subscription.id })).data).toHaveLength(1);
    expect((await h.stripe.subscriptions.list()).data).toHaveLength(0);
    expect((await h.stripe.subscriptions.list({ status: "canceled" })).data).toHaveLength(1);
  });

  it("cancels immediately with DELETE", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const { subscription } = await subscribedCustomer(price);
    const before = h.emulator.now();
    const canceled = await h.stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe("canceled");
    expect(canceled.ended_at).toBeGreaterThanOrEqual(before);
    expect(canceled.ended_at).toBeLessThanOrEqual(h.emulator.now());
    expect(canceled.ended_at).toBeLessThan(subscription.items.data[0]?.current_period_end ?? 0);
    expect(eventsOf(h.emulator, "customer.subscription.deleted")).toHaveLength(1);
    await expect(h.stripe.subscriptions.cancel(subscription.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });
});

describe("renewals", () => {
  it("renews each month with a paid invoice and a period change", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const { subscription } = await subscribedCustomer(price, { tenant_id: "t-9" });
    const first = subscription.items.data[0];
    const before = h.emulator.events().length;

    await h.emulator.advanceClock(31 * DAY);
    expect(typesAfter(h.emulator, before)).toEqual([
      "invoice.created",
      "invoice.finalized",
      "invoice.paid",
      "invoice.payment_succeeded",
      "customer.subscription.updated",
    ]);
    const renewed = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(renewed.items.data[0]?.current_period_start).toBe(first?.current_period_end);
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ billing_reason: "subscription_cycle", status: "paid", amount_paid: 50_000 });
    expect(invoice.parent?.subscription_details?.metadata).toEqual({ tenant_id: "t-9" });
    const update = eventsOf(h.emulator, "customer.subscription.updated").at(-1);
    expect(update?.data.previous_attributes?.items?.data[0]?.current_period_end).toBe(first?.current_period_end);
  });

  it("adds pending invoice items to the next renewal invoice, once, and then refuses to delete them", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const { customer, subscription } = await subscribedCustomer(price);
    const item = await h.stripe.invoiceItems.create({
      customer: customer.id,
      amount: 1_250,
      currency: "usd",
      description: "Procurement commission",
      metadata: { aerospec_commission_id: "c-1" },
    });
    expect(item).toMatchObject({ object: "invoiceitem", invoice: null, amount: 1_250 });
    expect((await h.stripe.invoiceItems.list({ customer: customer.id, pending: true })).data.map((i) => i.id)).toEqual([item.id]);

    await h.emulator.advanceClock(31 * DAY);
    const renewed = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    const invoice = renewed.latest_invoice as Stripe.Invoice;
    expect(invoice).toMatchObject({ billing_reason: "subscription_cycle", total: 51_250, amount_paid: 51_250 });
    const line = invoice.lines.data.find((l) => l.parent?.type === "invoice_item_details");
    expect(line).toMatchObject({ amount: 1_250, description: "Procurement commission", metadata: { aerospec_commission_id: "c-1" } });
    expect(line?.parent?.invoice_item_details?.invoice_item).toBe(item.id);
    expect((await h.stripe.invoiceItems.retrieve(item.id)).invoice).toBe(invoice.id);
    await expect(h.stripe.invoiceItems.del(item.id)).rejects.toThrow(/already on an invoice/);
    await expect(h.stripe.invoiceItems.update(item.id, { amount: 1 })).rejects.toThrow(/already on an invoice/);

    await h.emulator.advanceClock(31 * DAY);
    const next = (await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] })).latest_invoice as Stripe.Invoice;
    expect(next.total).toBe(50_000);
  });

  it("updates and deletes a pending invoice item", async () => {
    const customer = await h.stripe.customers.create({ email: "owner@example.test" });
    const item = await h.stripe.invoiceItems.create({ customer: customer.id, amount: 500, currency: "usd" });
    expect(await h.stripe.invoiceItems.update(item.id, { amount: 375, description: "Adjusted" })).toMatchObject({
      amount: 375,
      description: "Adjusted",
    });
    expect(await h.stripe.invoiceItems.del(item.id)).toMatchObject({ id: item.id, deleted: true });
    await expect(h.stripe.invoiceItems.retrieve(item.id)).rejects.toThrow(/No such invoiceitem/);
  });

  it("goes past_due when the renewal is declined, and back to active once the invoice is paid", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const { subscription } = await subscribedCustomer(price);
    const before = h.emulator.events().length;
    h.emulator.failNextPayments(1);
    await h.emulator.advanceClock(31 * DAY);

    expect(typesAfter(h.emulator, before)).toEqual([
      "invoice.created",
      "invoice.finalized",
      "invoice.payment_failed",
      "customer.subscription.updated",
    ]);
    const pastDue = await h.stripe.subscriptions.retrieve(subscription.id);
    expect(pastDue.status).toBe("past_due");
    expect(eventsOf(h.emulator, "customer.subscription.updated").at(-1)?.data.previous_attributes).toMatchObject({ status: "active" });
    const invoice = await h.stripe.invoices.retrieve(pastDue.latest_invoice as string);
    expect(invoice).toMatchObject({ status: "open", attempt_count: 1, amount_remaining: 50_000 });

    h.emulator.failNextPayments(1);
    const declined = await h.stripe.invoices.pay(invoice.id).catch((error: unknown) => error);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    expect((declined as Stripe.errors.StripeCardError).code).toBe("card_declined");
    expect((await h.stripe.invoices.retrieve(invoice.id)).attempt_count).toBe(2);

    const pageUrl = invoice.hosted_invoice_url ?? "";
    expect(await (await fetch(pageUrl)).text()).toMatch(/<button type="submit">Pay invoice<\/button>/);
    const paid = await press(pageUrl, "pay");
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`/invoices/${invoice.id}`);
    expect(await (await fetch(pageUrl)).text()).toContain(">Paid<");
    expect(await h.stripe.invoices.retrieve(invoice.id)).toMatchObject({ status: "paid", amount_paid: 50_000 });
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).status).toBe("active");
    expect(typesAfter(h.emulator, h.emulator.events().length - 3)).toEqual([
      "invoice.paid",
      "invoice.payment_succeeded",
      "customer.subscription.updated",
    ]);
  });

  it("declines only the named customer's payments when failNextPayments is given a customer", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const a = await subscribedCustomer(price);
    const b = await subscribedCustomer(price);
    const response = await fetch(`${h.emulator.url}/_emulator/fail-next-payments`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ count: 1, customer: a.customer.id }),
    });
    expect(response.status).toBe(200);
    await h.emulator.advanceClock(31 * DAY);
    expect((await h.stripe.subscriptions.retrieve(a.subscription.id)).status).toBe("past_due");
    expect((await h.stripe.subscriptions.retrieve(b.subscription.id)).status).toBe("active");
  });

  it("leaves a direct subscription incomplete when its first payment is declined", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const customer = await h.stripe.customers.create({ email: "late@example.test" });
    h.emulator.failNextPayments();
    const subscription = await h.stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
    expect(subscription.status).toBe("incomplete");
    await h.stripe.invoices.pay(subscription.latest_invoice as string);
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).status).toBe("active");
  });

  it("serves a PDF for every invoice", async () => {
    const price = await createPlan(h.stripe, "Starter", 50_000);
    const { subscription } = await subscribedCustomer(price);
    const invoice = await h.stripe.invoices.retrieve(subscription.latest_invoice as string);
    const response = await fetch(invoice.invoice_pdf ?? "");
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const bytes = Buffer.from(await response.arrayBuffer()).toString("latin1");
    expect(bytes.startsWith("%PDF-1.4")).toBe(true);
    expect(bytes).toContain(`Invoice ${invoice.number ?? ""}`);
    expect(bytes.trimEnd().endsWith("%%EOF")).toBe(true);
  });
});

describe("billing portal", () => {
  it("switches plan, schedules and resumes cancellation from the hosted page", async () => {
    const starter = await createPlan(h.stripe, "Starter", 50_000);
    await createPlan(h.stripe, "Professional", 200_000);
    const { customer, subscription } = await subscribedCustomer(starter);
    const portal = await h.stripe.billingPortal.sessions.create({ customer: customer.id, return_url: "http://app.test/settings/billing" });
    expect(portal).toMatchObject({
      object: "billing_portal.session",
      customer: customer.id,
      return_url: "http://app.test/settings/billing",
    });
    expect(portal.id).toMatch(/^bps_/);

    const pageHtml = await (await fetch(portal.url)).text();
    expect(pageHtml).toContain(">Switch to Professional</button>");
    expect(pageHtml).toContain(">Cancel subscription</button>");
    expect(pageHtml).toContain('<a href="http://app.test/settings/billing">Return to AeroSpec</a>');

    const pro = (await h.stripe.prices.list({ limit: 10 })).data.find((price) => price.unit_amount === 200_000);
    const switched = await press(portal.url, "switch", { price: pro?.id ?? "" });
    expect(switched.headers.get("location")).toBe(`/portal/${portal.id}`);
    const upgraded = await h.stripe.subscriptions.retrieve(subscription.id, { expand: ["latest_invoice"] });
    expect(upgraded.items.data[0]?.price.id).toBe(pro?.id);
    expect(upgraded.latest_invoice).toMatchObject({ billing_reason: "subscription_update", status: "paid" });

    await press(portal.url, "cancel");
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(true);
    expect(await (await fetch(portal.url)).text()).toContain(">Resume subscription</button>");
    await press(portal.url, "resume");
    expect((await h.stripe.subscriptions.retrieve(subscription.id)).cancel_at_period_end).toBe(false);
    expect(eventsOf(h.emulator, "customer.subscription.updated")).toHaveLength(3);
  });
});

describe("payment intents and refunds", () => {
  it("authorizes, captures part, and refunds the rest of a manual-capture payment", async () => {
    const intent = await h.stripe.paymentIntents.create({
      amount: 10_000,
      currency: "usd",
      capture_method: "manual",
      confirm: true,
      metadata: { order: "o-1" },
    });
    expect(intent).toMatchObject({ status: "requires_capture", amount_capturable: 10_000 });
    expect(intent.latest_charge).toMatch(/^ch_/);
    await expect(h.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 20_000 })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );

    const captured = await h.stripe.paymentIntents.capture(intent.id, { amount_to_capture: 6_000 });
    expect(captured).toMatchObject({ status: "succeeded", amount_received: 6_000, amount_capturable: 0 });

    const refund = await h.stripe.refunds.create({ payment_intent: intent.id, reason: "requested_by_customer" });
    expect(refund).toMatchObject({
      object: "refund",
      status: "succeeded",
      amount: 6_000,
      payment_intent: intent.id,
      charge: intent.latest_charge,
    });
    expect(refund.id).toMatch(/^re_/);
    expect(await h.stripe.refunds.retrieve(refund.id)).toMatchObject({ id: refund.id, amount: 6_000 });
    const charge = await h.stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({
      captured: true,
      amount_captured: 6_000,
      amount_refunded: 10_000,
      refunded: true,
      payment_intent: intent.id,
    });
    expect(eventsOf(h.emulator, "charge.refunded")[0]?.data.object).toMatchObject({ id: charge.id, refunded: true });
    expect(eventsOf(h.emulator, "refund.created")).toHaveLength(1);
    await expect(h.stripe.refunds.create({ charge: charge.id })).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });

  it("cancels a PaymentIntent and reports declined confirmations", async () => {
    const intent = await h.stripe.paymentIntents.create({ amount: 2_500, currency: "usd" });
    expect(intent.status).toBe("requires_payment_method");
    h.emulator.failNextPayments();
    const declined = await h.stripe.paymentIntents.confirm(intent.id).catch((error: unknown) => error);
    expect(declined).toBeInstanceOf(Stripe.errors.StripeCardError);
    const failed = await h.stripe.paymentIntents.retrieve(intent.id);
    expect(failed.last_payment_error?.code).toBe("card_declined");
    expect(eventsOf(h.emulator, "payment_intent.payment_failed")).toHaveLength(1);

    const canceled = await h.stripe.paymentIntents.cancel(intent.id, { cancellation_reason: "abandoned" });
    expect(canceled).toMatchObject({ status: "canceled", cancellation_reason: "abandoned" });
    expect(eventsOf(h.emulator, "payment_intent.canceled").map((event) => event.data.object.id)).toEqual([intent.id]);
    await expect(h.stripe.paymentIntents.cancel(intent.id)).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
  });
});

describe("webhook delivery", () => {
  it("retries failed deliveries: 500, 500, then 200 makes three logged attempts", async () => {
    h.receiver.respondWith([500, 500]);
    const customer = await h.stripe.customers.create({ email: "retry@example.test" });
    await h.emulator.idle();
    const event = eventsOf(h.emulator, "customer.created")[0];
    expect(event?.data.object.id).toBe(customer.id);
    const attempts = h.emulator.deliveries().filter((entry) => entry.eventId === event?.id);
    expect(attempts.map((entry) => [entry.attempt, entry.status])).toEqual([
      [1, 500],
      [2, 500],
      [3, 200],
    ]);
  });

  it("gives up after the last retry delay", async () => {
    h.receiver.respondWith([503, 503, 503, 503, 503]);
    await h.stripe.customers.create({ email: "down@example.test" });
    await h.emulator.idle();
    expect(h.emulator.deliveries().map((entry) => entry.status)).toEqual([503, 503, 503, 503]);
  });

  it("redelivers the same event N times, each verifiable", async () => {
    await h.stripe.customers.create({ email: "again@example.test" });
    await h.emulator.idle();
    const eventId = h.emulator.events()[0]?.id ?? "";
    await h.emulator.redeliver(eventId, 3);
    await h.emulator.idle();
    const copies = h.receiver.received.filter((entry) => entry.id === eventId);
    expect(copies).toHaveLength(4);
    expect(copies.every((entry) => entry.verified)).toBe(true);
    await expect(h.emulator.redeliver("evt_missing", 1)).rejects.toThrow(/No such event/);
  });

  it("holds events while paused and sends them in reverse on resume", async () => {
    h.emulator.pauseDeliveries();
    for (const name of ["first", "second", "third"]) await h.stripe.customers.create({ name });
    await h.emulator.idle();
    expect(h.emulator.deliveries()).toHaveLength(0);

    h.emulator.resumeDeliveries("reverse");
    await h.emulator.idle();
    const created = h.emulator.events().map((event) => event.id);
    expect(h.receiver.received.map((entry) => entry.id)).toEqual([...created].reverse());
  });

  it("signs with wall-clock time so verification passes after the clock moves", async () => {
    const wallClock = Math.floor(Date.now() / 1000);
    await h.emulator.advanceClock(90 * DAY);
    await h.stripe.customers.create({ email: "later@example.test" });
    await h.emulator.idle();
    expect(h.receiver.received).toHaveLength(1);
    expect(h.receiver.received[0]?.verified).toBe(true);
    expect(h.emulator.events()[0]?.created).toBeGreaterThanOrEqual(wallClock + 90 * DAY);
  });
});

describe("API behaviour", () => {
  it("replays the stored response for a repeated Idempotency-Key", async () => {
    const first = await h.stripe.customers.create({ email: "once@example.test" }, { idempotencyKey: "signup-42" });
    const second = await h.stripe.customers.create({ email: "once@example.test" }, { idempotencyKey: "signup-42" });
    expect(second.id).toBe(first.id);
    expect((await h.stripe.customers.list()).data).toHaveLength(1);
    expect(eventsOf(h.emulator, "customer.created")).toHaveLength(1);
    await expect(h.stripe.customers.create({ email: "other@example.test" }, { idempotencyKey: "signup-42" })).rejects.toBeInstanceOf(
      Stripe.errors.StripeIdempotencyError,
    );
  });

  it("answers bad requests with the SDK's typed errors", async () => {
    const missing = await h.stripe.prices
      .create({ currency: "usd", unit_amount: 100, product: "prod_missing" })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ statusCode: 404, code: "resource_missing", param: "product" });

    const invalid = await h.stripe.checkout.sessions.create({ mode: "subscription", line_items: [] }).catch((error: unknown) => error);
    expect(invalid).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(invalid).toMatchObject({ statusCode: 400, param: "line_items" });

    const url = new URL(h.emulator.url);
    const wrongKey = new Stripe("pk_test_wrong", { host: url.hostname, port: Number(url.port), protocol: "http" });
    await expect(wrongKey.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it("exposes every control over HTTP under /_emulator", async () => {
    const call = async (method: string, path: string, body?: object) => {
      const response = await fetch(`${h.emulator.url}/_emulator/${path}`, {
        method,
        headers: { "Content-Type": "application/json" },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    const start = h.emulator.now();
    expect((await call("POST", "clock/advance", { seconds: 3600 })).json.now).toBeGreaterThanOrEqual(start + 3600);
    expect((await call("GET", "now")).json.now).toBeGreaterThanOrEqual(start + 3600);

    await call("POST", "fail-next-payments", { count: 1 });
    await expect(h.stripe.paymentIntents.create({ amount: 100, currency: "usd", confirm: true })).rejects.toBeInstanceOf(
      Stripe.errors.StripeCardError,
    );

    await call("POST", "deliveries/pause");
    await h.stripe.customers.create({ name: "held" });
    expect((await call("POST", "idle")).json).toEqual({ ok: true });
    await call("POST", "deliveries/resume", { order: "fifo" });
    await call("POST", "idle");
    const events = (await fetch(`${h.emulator.url}/_emulator/events`).then((r) => r.json())) as Stripe.Event[];
    const deliveries = (await fetch(`${h.emulator.url}/_emulator/deliveries`).then((r) => r.json())) as Array<{ eventId: string }>;
    expect(deliveries.map((d) => d.eventId).sort()).toEqual(events.map((e) => e.id).sort());

    const eventId = events.at(-1)?.id ?? "";
    expect((await call("POST", `events/${eventId}/redeliver`, { times: 2 })).json).toEqual({ ok: true });
    expect(h.receiver.received.filter((entry) => entry.id === eventId)).toHaveLength(3);
    expect((await call("POST", "events/evt_nope/redeliver", { times: 1 })).status).toBe(404);

    await call("POST", "reset");
    expect(h.emulator.events()).toHaveLength(0);
    expect(h.emulator.deliveries()).toHaveLength(0);
    expect((await h.stripe.customers.list()).data).toHaveLength(0);
  });
});
