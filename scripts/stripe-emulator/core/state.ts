import type Stripe from "stripe";
import type {
  ChargeRecord,
  CheckoutSessionRecord,
  CustomerRecord,
  EventRecord,
  InvoiceItemRecord,
  InvoiceRecord,
  PaymentIntentRecord,
  PortalSessionRecord,
  PriceRecord,
  ProductRecord,
  RefundRecord,
  SubscriptionRecord,
} from "./records";

/** An invoice line not yet on an invoice (pending prorations, or lines being assembled). */
export type LineDraft = {
  amount: number;
  description: string;
  period: { start: number; end: number };
  price: PriceRecord;
  quantity: number;
  subscriptionItem: string | null;
  proration: boolean;
};

/** What a checkout session will buy, kept beside the public session object. */
export type CheckoutDetails = {
  lines: Array<{ price: string; quantity: number }>;
  subscriptionMetadata: Stripe.Metadata;
  trialPeriodDays: number | null;
  captureMethod: "automatic" | "automatic_async" | "manual";
  paymentIntentMetadata: Stripe.Metadata;
  paymentIntentDescription: string | null;
};

export type StoredResponse = { fingerprint: string; status: number; body: string };

/** Everything the emulator remembers. Maps keep insertion order, which is creation order. */
export type State = {
  customers: Map<string, CustomerRecord>;
  products: Map<string, ProductRecord>;
  prices: Map<string, PriceRecord>;
  checkoutSessions: Map<string, CheckoutSessionRecord>;
  checkoutDetails: Map<string, CheckoutDetails>;
  subscriptions: Map<string, SubscriptionRecord>;
  pendingLines: Map<string, LineDraft[]>;
  invoices: Map<string, InvoiceRecord>;
  invoiceItems: Map<string, InvoiceItemRecord>;
  paymentIntents: Map<string, PaymentIntentRecord>;
  charges: Map<string, ChargeRecord>;
  refunds: Map<string, RefundRecord>;
  portalSessions: Map<string, PortalSessionRecord>;
  events: Map<string, EventRecord>;
  idempotency: Map<string, StoredResponse>;
  declinesRemaining: number;
  customerDeclines: Map<string, number>;
};

export function createState(): State {
  return {
    customers: new Map(),
    products: new Map(),
    prices: new Map(),
    checkoutSessions: new Map(),
    checkoutDetails: new Map(),
    subscriptions: new Map(),
    pendingLines: new Map(),
    invoices: new Map(),
    invoiceItems: new Map(),
    paymentIntents: new Map(),
    charges: new Map(),
    refunds: new Map(),
    portalSessions: new Map(),
    events: new Map(),
    idempotency: new Map(),
    declinesRemaining: 0,
    customerDeclines: new Map(),
  };
}

/** Empties every collection in place, so holders of the state object see the reset. */
export function clearState(state: State): void {
  Object.assign(state, createState());
}
