import { payInvoice } from "../billing/invoice-pay";
import { invoiceSubscriptionId } from "../billing/subscription-recovery";
import { paginate } from "../core/list";
import { findOr404, newestFirst } from "../core/lookup";
import type { Params } from "../core/params";
import type { InvoiceRecord } from "../core/records";
import { type ApiRoute, pathId } from "./api-types";

function matches(invoice: InvoiceRecord, params: Params): boolean {
  const customer = params.string("customer");
  const subscription = params.string("subscription");
  const status = params.string("status");
  if (customer !== undefined && invoice.customer !== customer) return false;
  if (subscription !== undefined && invoiceSubscriptionId(invoice) !== subscription) return false;
  return status === undefined || invoice.status === status;
}

export const invoiceRoutes: ApiRoute[] = [
  { method: "GET", pattern: "/v1/invoices/:id", handler: (ctx, req) => findOr404(ctx.state.invoices, pathId(req), "invoice") },
  {
    method: "GET",
    pattern: "/v1/invoices",
    handler: (ctx, { params }) =>
      paginate(
        newestFirst(ctx.state.invoices).filter((invoice) => matches(invoice, params)),
        params,
        "/v1/invoices",
      ),
  },
  {
    method: "GET",
    pattern: "/v1/invoices/:id/lines",
    handler: (ctx, req) => {
      const invoice = findOr404(ctx.state.invoices, pathId(req), "invoice");
      return paginate(invoice.lines.data, req.params, invoice.lines.url);
    },
  },
  {
    method: "POST",
    pattern: "/v1/invoices/:id/pay",
    handler: (ctx, req) => payInvoice(ctx, findOr404(ctx.state.invoices, pathId(req), "invoice")),
  },
];
