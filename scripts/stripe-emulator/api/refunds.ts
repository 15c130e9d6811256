import { missingParam } from "../core/api-error";
import type { Ctx } from "../core/context";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { ChargeRecord } from "../core/records";
import { createRefund } from "../payments/refunds";
import { type ApiRoute, pathId } from "./api-types";

const REASONS = ["duplicate", "fraudulent", "requested_by_customer"] as const;

/** The charge to refund: `charge`, or the latest charge of `payment_intent`. */
function chargeToRefund(ctx: Ctx, params: Params): ChargeRecord {
  const chargeId = params.string("charge");
  if (chargeId) return findOr404(ctx.state.charges, chargeId, "charge", "charge");
  const intentId = params.string("payment_intent");
  if (!intentId) throw missingParam("charge");
  const intent = findOr404(ctx.state.paymentIntents, intentId, "payment_intent", "payment_intent");
  return findOr404(ctx.state.charges, intent.latest_charge ?? "", "charge", "payment_intent");
}

function filterBy<T extends { charge?: string; payment_intent: string | null; customer: string | null }>(items: T[], params: Params): T[] {
  const charge = params.string("charge");
  const intent = params.string("payment_intent");
  return items.filter(
    (item) => (charge === undefined || item.charge === charge) && (intent === undefined || item.payment_intent === intent),
  );
}

export const refundRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/refunds",
    handler: (ctx, { params }) =>
      createRefund(ctx, {
        charge: chargeToRefund(ctx, params),
        ...(params.int("amount") !== undefined ? { amount: params.int("amount") } : {}),
        reason: params.oneOf("reason", REASONS) ?? null,
        metadata: params.metadata(),
      }),
  },
  { method: "GET", pattern: "/v1/refunds/:id", handler: (ctx, req) => findOr404(ctx.state.refunds, pathId(req), "refund") },
  {
    method: "GET",
    pattern: "/v1/refunds",
    handler: (ctx, { params }) => paginate(filterBy(newestFirst(ctx.state.refunds), params), params, "/v1/refunds"),
  },
  { method: "GET", pattern: "/v1/charges/:id", handler: (ctx, req) => findOr404(ctx.state.charges, pathId(req), "charge") },
  {
    method: "GET",
    pattern: "/v1/charges",
    handler: (ctx, { params }) => paginate(filterBy(newestFirst(ctx.state.charges), params), params, "/v1/charges"),
  },
];
