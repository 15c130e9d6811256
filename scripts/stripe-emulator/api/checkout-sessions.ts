import { createCheckoutSession } from "../checkout/checkout-sessions";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { CheckoutSessionRecord, PriceRecord } from "../core/records";
import { type ApiRoute, pathId } from "./api-types";
import { priceFromParams } from "./price-params";

const CAPTURE_METHODS = ["automatic", "automatic_async", "manual"] as const;

function lineItems(ctx: Ctx, params: Params): Array<{ price: PriceRecord; quantity: number }> {
  return params.list("line_items").map((line) => {
    const priceId = line.string("price");
    const priceData = line.nested("price_data");
    if (!priceId && !priceData) throw invalidRequest("Each line item needs a price or price_data.", line.name("price"));
    const price = priceId
      ? findOr404(ctx.state.prices, priceId, "price", line.name("price"))
      : priceFromParams(ctx, priceData ?? line, { inline: true });
    return { price, quantity: line.int("quantity") ?? 1 };
  });
}

function createSession(ctx: Ctx, params: Params): CheckoutSessionRecord {
  const mode = params.oneOf("mode", ["subscription", "payment"] as const) ?? "payment";
  const customerId = params.string("customer");
  const subscriptionData = params.nested("subscription_data");
  const intentData = params.nested("payment_intent_data");
  return createCheckoutSession(ctx, {
    mode,
    customer: customerId ? findOr404(ctx.state.customers, customerId, "customer", "customer") : null,
    customerEmail: params.string("customer_email") || null,
    lines: lineItems(ctx, params),
    successUrl: params.string("success_url") || null,
    cancelUrl: params.string("cancel_url") || null,
    clientReferenceId: params.string("client_reference_id") || null,
    metadata: params.metadata(),
    details: {
      subscriptionMetadata: subscriptionData?.metadata() ?? {},
      trialPeriodDays: subscriptionData?.int("trial_period_days") ?? null,
      captureMethod: intentData?.oneOf("capture_method", CAPTURE_METHODS) ?? "automatic_async",
      paymentIntentMetadata: intentData?.metadata() ?? {},
      paymentIntentDescription: intentData?.string("description") || null,
    },
  });
}

function matches(session: CheckoutSessionRecord, params: Params): boolean {
  const filters: Array<[string, string | null]> = [
    ["customer", session.customer],
    ["payment_intent", session.payment_intent],
    ["subscription", session.subscription],
    ["status", session.status],
  ];
  return filters.every(([key, value]) => {
    const wanted = params.string(key);
    return wanted === undefined || wanted === value;
  });
}

export const checkoutSessionRoutes: ApiRoute[] = [
  { method: "POST", pattern: "/v1/checkout/sessions", handler: (ctx, { params }) => createSession(ctx, params) },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions/:id",
    handler: (ctx, req) => findOr404(ctx.state.checkoutSessions, pathId(req), "checkout.session"),
  },
  {
    method: "GET",
    pattern: "/v1/checkout/sessions",
    handler: (ctx, { params }) =>
      paginate(
        newestFirst(ctx.state.checkoutSessions).filter((session) => matches(session, params)),
        params,
        "/v1/checkout/sessions",
      ),
  },
];
