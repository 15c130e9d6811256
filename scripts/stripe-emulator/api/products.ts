import { createProduct } from "../billing/products";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import { updateWithEvent } from "../events/tracked-update";
import { type ApiRoute, pathId } from "./api-types";

export const productRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/products",
    handler: (ctx, { params }) =>
      createProduct(ctx, {
        name: params.requiredString("name"),
        description: params.string("description") || null,
        active: params.bool("active") ?? true,
        metadata: params.metadata(),
      }),
  },
  { method: "GET", pattern: "/v1/products/:id", handler: (ctx, req) => findOr404(ctx.state.products, pathId(req), "product") },
  {
    method: "POST",
    pattern: "/v1/products/:id",
    handler: (ctx, req) => {
      const product = findOr404(ctx.state.products, pathId(req), "product");
      const { params } = req;
      const name = params.string("name");
      const active = params.bool("active");
      const metadata = params.metadataUpdate();
      updateWithEvent(ctx, product, "product.updated", (record) => {
        record.name = name || record.name;
        record.active = active ?? record.active;
        if (metadata) record.metadata = metadata(record.metadata);
        record.updated = ctx.clock.now();
      });
      return product;
    },
  },
  {
    method: "GET",
    pattern: "/v1/products",
    handler: (ctx, { params }) => {
      const active = params.bool("active");
      const matches = newestFirst(ctx.state.products).filter((product) => active === undefined || product.active === active);
      return paginate(matches, params, "/v1/products");
    },
  },
];
