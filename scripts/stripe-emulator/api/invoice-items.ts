import { createInvoiceItem, deleteInvoiceItem, updateInvoiceItem } from "../billing/invoice-items";
import { invalidRequest } from "../core/api-error";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import { type ApiRoute, pathId } from "./api-types";

export const invoiceItemRoutes: ApiRoute[] = [
  {
    method: "POST",
    pattern: "/v1/invoiceitems",
    handler: (ctx, { params }) => {
      const customer = findOr404(ctx.state.customers, params.requiredString("customer"), "customer", "customer");
      const currency = params.requiredString("currency");
      if (!/^[a-z]{3}$/i.test(currency)) throw invalidRequest(`Invalid currency: ${currency}`, "currency");
      return createInvoiceItem(ctx, {
        customer: customer.id,
        amount: params.requiredInt("amount"),
        currency,
        description: params.string("description") || null,
        metadata: params.metadata(),
      });
    },
  },
  {
    method: "GET",
    pattern: "/v1/invoiceitems/:id",
    handler: (ctx, req) => findOr404(ctx.state.invoiceItems, pathId(req), "invoiceitem"),
  },
  {
    method: "POST",
    pattern: "/v1/invoiceitems/:id",
    handler: (ctx, req) =>
      updateInvoiceItem(findOr404(ctx.state.invoiceItems, pathId(req), "invoiceitem"), {
        amount: req.params.int("amount"),
        description: req.params.string("description"),
        metadata: req.params.metadataUpdate(),
      }),
  },
  {
    method: "DELETE",
    pattern: "/v1/invoiceitems/:id",
    handler: (ctx, req) => deleteInvoiceItem(ctx, findOr404(ctx.state.invoiceItems, pathId(req), "invoiceitem")),
  },
  {
    method: "GET",
    pattern: "/v1/invoiceitems",
    handler: (ctx, { params }) => {
      const customer = params.string("customer");
      const pending = params.bool("pending");
      const items = newestFirst(ctx.state.invoiceItems).filter(
        (item) => (customer === undefined || item.customer === customer) && (pending === undefined || (item.invoice === null) === pending),
      );
      return paginate(items, params, "/v1/invoiceitems");
    },
  },
];
