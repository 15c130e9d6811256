import { createPrice, type PriceInput } from "../billing/prices";
import { createProduct } from "../billing/products";
import { missingParam } from "../core/api-error";
import type { Ctx } from "../core/context";
import { findOr404 } from "../core/lookup";
import type { Params } from "../core/params";
import type { PriceRecord } from "../core/records";

const INTERVALS = ["day", "week", "month", "year"] as const;

function recurringOf(params: Params): PriceInput["recurring"] {
  const recurring = params.nested("recurring");
  if (!recurring) return null;
  const interval = recurring.oneOf("interval", INTERVALS);
  if (!interval) throw missingParam(recurring.name("interval"));
  return { interval, intervalCount: recurring.int("interval_count") ?? 1 };
}

/** The product a price belongs to: `product`, or a new one from `product_data[name]`. */
function productOf(ctx: Ctx, params: Params, inline: boolean): string {
  const productId = params.string("product");
  if (productId) return findOr404(ctx.state.products, productId, "product", params.name("product")).id;
  const data = params.nested("product_data");
  if (!data) throw missingParam(params.name("product"));
  const product = createProduct(
    ctx,
    { name: data.requiredString("name"), description: null, active: true, metadata: data.metadata() },
    { inline },
  );
  return product.id;
}

/** Reads price fields (from `POST /v1/prices` or a `price_data` hash) and stores the price. */
export function priceFromParams(ctx: Ctx, params: Params, options: { inline: boolean }): PriceRecord {
  const input: PriceInput = {
    product: productOf(ctx, params, options.inline),
    unitAmount: params.requiredInt("unit_amount"),
    currency: params.requiredString("currency").toLowerCase(),
    recurring: recurringOf(params),
    lookupKey: params.string("lookup_key") || null,
    transferLookupKey: params.bool("transfer_lookup_key") ?? false,
    nickname: params.string("nickname") || null,
    active: options.inline ? false : (params.bool("active") ?? true),
    metadata: params.metadata(),
  };
  return createPrice(ctx, input, options);
}
