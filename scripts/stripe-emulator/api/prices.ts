import { claimLookupKey } from "../billing/prices";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { PriceRecord } from "../core/records";
import { updateWithEvent } from "../events/tracked-update";
import { type ApiRoute, pathId } from "./api-types";
import { priceFromParams } from "./price-params";

function matchesFilters(price: PriceRecord, params: Params): boolean {
  const lookupKeys = params.strings("lookup_keys");
  const active = params.bool("active");
  const product = params.string("product");
  const type = params.string("type");
  if (lookupKeys.length > 0 && (price.lookup_key === null || !lookupKeys.includes(price.lookup_key))) return false;
  if (active !== undefined && price.active !== active) return false;
  if (product !== undefined && price.product !== product) return false;
  return type === undefined || price.type === type;
}

export const priceRoutes: ApiRoute[] = [
  { method: "POST", pattern: "/v1/prices", handler: (ctx, { params }) => priceFromParams(ctx, params, { inline: false }) },
  { method: "GET", pattern: "/v1/prices/:id", handler: (ctx, req) => findOr404(ctx.state.prices, pathId(req), "price") },
  {
    method: "POST",
    pattern: "/v1/prices/:id",
    handler: (ctx, req) => {
      const price = findOr404(ctx.state.prices, pathId(req), "price");
      const { params } = req;
      const lookupKey = params.has("lookup_key") ? params.string("lookup_key") || null : price.lookup_key;
      claimLookupKey(ctx, lookupKey, params.bool("transfer_lookup_key") ?? false, price.id);
      const metadata = params.metadataUpdate();
      updateWithEvent(ctx, price, "price.updated", (record) => {
        record.active = params.bool("active") ?? record.active;
        record.lookup_key = lookupKey;
        if (params.has("nickname")) record.nickname = params.string("nickname") || null;
        if (metadata) record.metadata = metadata(record.metadata);
      });
      return price;
    },
  },
  {
    method: "GET",
    pattern: "/v1/prices",
    handler: (ctx, { params }) =>
      paginate(
        newestFirst(ctx.state.prices).filter((price) => matchesFilters(price, params)),
        params,
        "/v1/prices",
      ),
  },
];
