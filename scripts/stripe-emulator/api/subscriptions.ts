import { cancelSubscription } from "../billing/subscription-cancel";
import { startSubscription } from "../billing/subscription-create";
import { assertSubscribable } from "../billing/subscription-lines";
import { type SubscriptionUpdate, updateSubscription } from "../billing/subscription-update";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { SubscriptionRecord } from "../core/records";
import { type ApiRoute, pathId } from "./api-types";

const PRORATION = ["create_prorations", "always_invoice", "none"] as const;

function createFromParams(ctx: Ctx, params: Params): SubscriptionRecord {
  const customer = findOr404(ctx.state.customers, params.requiredString("customer"), "customer", "customer");
  const lines = params.list("items").map((item) => ({
    price: findOr404(ctx.state.prices, item.requiredString("price"), "price", item.name("price")),
    quantity: item.int("quantity") ?? 1,
  }));
  if (lines.length === 0) throw invalidRequest("Missing required param: items.", "items", "parameter_missing");
  assertSubscribable(
    lines.map((line) => line.price),
    "items",
  );
  const trial = params.int("trial_period_days") ?? null;
  return startSubscription(ctx, { customer, lines, metadata: params.metadata(), trialDays: trial }).subscription;
}

function updateFromParams(ctx: Ctx, subscription: SubscriptionRecord, params: Params): SubscriptionRecord {
  const update: SubscriptionUpdate = {
    items: params.list("items").map((item) => {
      const priceId = item.string("price");
      return {
        id: item.requiredString("id"),
        ...(priceId ? { price: findOr404(ctx.state.prices, priceId, "price", item.name("price")) } : {}),
        ...(item.int("quantity") !== undefined ? { quantity: item.int("quantity") } : {}),
      };
    }),
    prorationBehavior: params.oneOf("proration_behavior", PRORATION) ?? "create_prorations",
  };
  const cancelAtPeriodEnd = params.bool("cancel_at_period_end");
  if (cancelAtPeriodEnd !== undefined) update.cancelAtPeriodEnd = cancelAtPeriodEnd;
  const metadata = params.metadataUpdate();
  if (metadata) update.metadata = metadata;
  return updateSubscription(ctx, subscription, update);
}

/** Like Stripe, canceled subscriptions are listed only when asked for (`status=canceled` or `all`). */
function listed(subscription: SubscriptionRecord, params: Params): boolean {
  const status = params.string("status");
  const customer = params.string("customer");
  const price = params.string("price");
  if (customer !== undefined && subscription.customer !== customer) return false;
  if (price !== undefined && !subscription.items.data.some((item) => item.price.id === price)) return false;
  if (status === "all") return true;
  return status === undefined ? subscription.status !== "canceled" : subscription.status === status;
}

export const subscriptionRoutes: ApiRoute[] = [
  { method: "POST", pattern: "/v1/subscriptions", handler: (ctx, { params }) => createFromParams(ctx, params) },
  {
    method: "GET",
    pattern: "/v1/subscriptions/:id",
    handler: (ctx, req) => findOr404(ctx.state.subscriptions, pathId(req), "subscription"),
  },
  {
    method: "POST",
    pattern: "/v1/subscriptions/:id",
    handler: (ctx, req) => updateFromParams(ctx, findOr404(ctx.state.subscriptions, pathId(req), "subscription"), req.params),
  },
  {
    method: "DELETE",
    pattern: "/v1/subscriptions/:id",
    handler: (ctx, req) => cancelSubscription(ctx, findOr404(ctx.state.subscriptions, pathId(req), "subscription")),
  },
  {
    method: "GET",
    pattern: "/v1/subscriptions",
    handler: (ctx, { params }) =>
      paginate(
        newestFirst(ctx.state.subscriptions).filter((sub) => listed(sub, params)),
        params,
        "/v1/subscriptions",
      ),
  },
];
