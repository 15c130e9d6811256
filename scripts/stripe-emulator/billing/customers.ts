import type Stripe from "stripe";
import type { Ctx } from "../core/context";
import { newId, randomAlnum } from "../core/ids";
import type { CustomerRecord } from "../core/records";

export type CustomerInput = {
  email: string | null;
  name: string | null;
  description: string | null;
  phone: string | null;
  metadata: Stripe.Metadata;
};

/** Stores a new customer and emits `customer.created`. */
export function createCustomer(ctx: Ctx, input: CustomerInput): CustomerRecord {
  const customer: CustomerRecord = {
    id: newId("cus"),
    object: "customer",
    address: null,
    balance: 0,
    created: ctx.clock.now(),
    currency: null,
    default_source: null,
    delinquent: false,
    description: input.description,
    discount: null,
    email: input.email,
    invoice_prefix: randomAlnum(8).toUpperCase(),
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: input.metadata,
    name: input.name,
    next_invoice_sequence: 1,
    phone: input.phone,
    preferred_locales: [],
    shipping: null,
    tax_exempt: "none",
    test_clock: null,
  };
  ctx.state.customers.set(customer.id, customer);
  ctx.emit("customer.created", customer);
  return customer;
}

/** The next invoice number for this customer, e.g. `9F3KQ2XA-0001`. */
export function takeInvoiceNumber(customer: CustomerRecord): string {
  const sequence = customer.next_invoice_sequence ?? 1;
  customer.next_invoice_sequence = sequence + 1;
  return `${customer.invoice_prefix ?? "INV"}-${String(sequence).padStart(4, "0")}`;
}
