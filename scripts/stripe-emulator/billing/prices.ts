import type Stripe from "stripe";
import { invalidRequest } from "../core/api-error";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { PlanRecord, PriceRecord } from "../core/records";

export type PriceInput = {
  product: string;
  unitAmount: number;
  currency: string;
  recurring: { interval: "day" | "week" | "month" | "year"; intervalCount: number } | null;
  lookupKey: string | null;
  transferLookupKey: boolean;
  nickname: string | null;
  active: boolean;
  metadata: Stripe.Metadata;
};

/** Lookup keys are unique: another price holding this one is an error, unless it is transferred. */
export function claimLookupKey(ctx: Ctx, lookupKey: string | null, transfer: boolean, claimant?: string): void {
  if (lookupKey === null) return;
  const holder = [...ctx.state.prices.values()].find((price) => price.lookup_key === lookupKey && price.id !== claimant);
  if (!holder) return;
  if (!transfer) {
    throw invalidRequest(`A price (\`${holder.id}\`) already uses that lookup key.`, "lookup_key", "lookup_key_exists");
  }
  holder.lookup_key = null;
}

/** Stores a new price (inline ones, from `price_data`, emit no `price.created`). */
export function createPrice(ctx: Ctx, input: PriceInput, options: { inline?: boolean } = {}): PriceRecord {
  claimLookupKey(ctx, input.lookupKey, input.transferLookupKey);
  const price: PriceRecord = {
    id: newId("price"),
    object: "price",
    active: input.active,
    billing_scheme: "per_unit",
    created: ctx.clock.now(),
    currency: input.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: input.lookupKey,
    metadata: input.metadata,
    nickname: input.nickname,
    product: input.product,
    recurring: input.recurring
      ? {
          interval: input.recurring.interval,
          interval_count: input.recurring.intervalCount,
          meter: null,
          trial_period_days: null,
          usage_type: "licensed",
        }
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: input.recurring ? "recurring" : "one_time",
    unit_amount: input.unitAmount,
    unit_amount_decimal: String(input.unitAmount),
  };
  ctx.state.prices.set(price.id, price);
  if (!options.inline) ctx.emit("price.created", price);
  return price;
}

/** The legacy `plan` view of a recurring price, as subscription items still carry it. */
export function planOf(price: PriceRecord): PlanRecord {
  return {
    id: price.id,
    object: "plan",
    active: price.active,
    amount: price.unit_amount,
    amount_decimal: price.unit_amount_decimal,
    billing_scheme: "per_unit",
    created: price.created,
    currency: price.currency,
    interval: price.recurring?.interval ?? "month",
    interval_count: price.recurring?.interval_count ?? 1,
    livemode: false,
    metadata: price.metadata,
    meter: null,
    nickname: price.nickname,
    product: price.product,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: "licensed",
  };
}

/** A price's product name, for descriptions and pages. */
export function productName(ctx: Ctx, price: PriceRecord): string {
  return ctx.state.products.get(price.product)?.name ?? price.product;
}
