import { createCustomer } from "../billing/customers";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { CustomerRecord } from "../core/records";
import { updateWithEvent } from "../events/tracked-update";
import { type ApiRoute, pathId } from "./api-types";

const nullable = (value: string | undefined): string | null | undefined => (value === undefined ? undefined : value || null);

function applyUpdate(customer: CustomerRecord, params: Params): void {
  const email = nullable(params.string("email"));
  const name = nullable(params.string("name"));
  const description = nullable(params.string("description"));
  const phone = nullable(params.string("phone"));
  const metadata = params.metadataUpdate();
  if (email !== undefined) customer.email = email;
  if (name !== undefined) customer.name = name;
  if (description !== undefined) customer.description = description;
  if (phone !== undefined) customer.phone = phone;
  if (metadata) customer.metadata = metadata(customer.metadata);
}

export const customerRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/customers",
    handler: (ctx, { params }) =>
      createCustomer(ctx, {
        email: params.string("email") || null,
        name: params.string("name") || null,
        description: params.string("description") || null,
        phone: params.string("phone") || null,
        metadata: params.metadata(),
      }),
  },
  { method: "GET", pattern: "/v1/customers/:id", handler: (ctx, req) => findOr404(ctx.state.customers, pathId(req), "customer") },
  {
    method: "POST",
    pattern: "/v1/customers/:id",
    handler: (ctx, req) => {
      const customer = findOr404(ctx.state.customers, pathId(req), "customer");
      updateWithEvent(ctx, customer, "customer.updated", (record) => applyUpdate(record, req.params));
      return customer;
    },
  },
  {
    method: "GET",
    pattern: "/v1/customers",
    handler: (ctx, { params }) => {
      const email = params.string("email");
      const matches = newestFirst(ctx.state.customers).filter((customer) => email === undefined || customer.email === email);
      return paginate(matches, params, "/v1/customers");
    },
  },
];
