import { attemptPayment } from "../billing/payment-outcome";
import { cardDeclined, invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { PaymentIntentRecord } from "../core/records";
import { cancelPaymentIntent } from "../payments/payment-intent-cancel";
import { capturePaymentIntent } from "../payments/payment-intent-capture";
import { assertConfirmable, completeConfirmation } from "../payments/payment-intent-confirm";
import { createPaymentIntent } from "../payments/payment-intent-create";
import { type ApiRoute, pathId } from "./api-types";

const CAPTURE_METHODS = ["automatic", "automatic_async", "manual"] as const;
const CANCEL_REASONS = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"] as const;

/** Confirms now; a decline answers 402 with the PaymentIntent in the error, as Stripe does. */
function confirm(ctx: Ctx, intent: PaymentIntentRecord, params: Params): PaymentIntentRecord {
  assertConfirmable(intent);
  if (!completeConfirmation(ctx, intent, attemptPayment(ctx.state, intent.customer), params.string("payment_method") || undefined)) {
    throw cardDeclined({ payment_intent: structuredClone(intent) });
  }
  return intent;
}

function create(ctx: Ctx, params: Params): PaymentIntentRecord {
  const amount = params.requiredInt("amount");
  if (amount < 1) throw invalidRequest("This value must be greater than or equal to 1.", "amount");
  const customerId = params.string("customer");
  const intent = createPaymentIntent(ctx, {
    amount,
    currency: params.requiredString("currency").toLowerCase(),
    customer: customerId ? findOr404(ctx.state.customers, customerId, "customer", "customer").id : null,
    captureMethod: params.oneOf("capture_method", CAPTURE_METHODS) ?? "automatic_async",
    description: params.string("description") || null,
    receiptEmail: params.string("receipt_email") || null,
    metadata: params.metadata(),
  });
  return params.bool("confirm") ? confirm(ctx, intent, params) : intent;
}

const find = (ctx: Ctx, id: string) => findOr404(ctx.state.paymentIntents, id, "payment_intent");

export const paymentIntentRoutes: ApiRoute[] = [
  { method: "POST", pattern: "/v1/payment_intents", handler: (ctx, { params }) => create(ctx, params) },
  { method: "GET", pattern: "/v1/payment_intents/:id", handler: (ctx, req) => find(ctx, pathId(req)) },
  { method: "POST", pattern: "/v1/payment_intents/:id/confirm", handler: (ctx, req) => confirm(ctx, find(ctx, pathId(req)), req.params) },
  {
    method: "POST",
    pattern: "/v1/payment_intents/:id/capture",
    handler: (ctx, req) => capturePaymentIntent(ctx, find(ctx, pathId(req)), req.params.int("amount_to_capture")),
  },
  {
    method: "POST",
    pattern: "/v1/payment_intents/:id/cancel",
    handler: (ctx, req) =>
      cancelPaymentIntent(ctx, find(ctx, pathId(req)), req.params.oneOf("cancellation_reason", CANCEL_REASONS) ?? null),
  },
  {
    method: "GET",
    pattern: "/v1/payment_intents",
    handler: (ctx, { params }) => {
      const customer = params.string("customer");
      const matches = newestFirst(ctx.state.paymentIntents).filter((intent) => customer === undefined || intent.customer === customer);
      return paginate(matches, params, "/v1/payment_intents");
    },
  },
];
