import type Stripe from "stripe";
import type { Ctx } from "../core/context";
import { newId } from "../core/ids";
import type { ProductRecord } from "../core/records";

export type ProductInput = {
  name: string;
  description: string | null;
  active: boolean;
  metadata: Stripe.Metadata;
};

/**
 * Stores a new product. Products made on the fly from `product_data` are `inline`: they exist
 * for lookups but emit no `product.created`, like Stripe's hidden inline products.
 */
export function createProduct(ctx: Ctx, input: ProductInput, options: { inline?: boolean } = {}): ProductRecord {
  const now = ctx.clock.now();
  const product: ProductRecord = {
    id: newId("prod"),
    object: "product",
    active: input.active,
    created: now,
    default_price: null,
    description: input.description,
    images: [],
    livemode: false,
    marketing_features: [],
    metadata: input.metadata,
    name: input.name,
    package_dimensions: null,
    shippable: null,
    statement_descriptor: null,
    tax_code: null,
    type: "service",
    unit_label: null,
    updated: now,
    url: null,
  };
  ctx.state.products.set(product.id, product);
  if (!options.inline) ctx.emit("product.created", product);
  return product;
}
