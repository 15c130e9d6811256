import { payInvoice } from "../billing/invoice-pay";
import { type CheckoutOutcome, declineCheckout, payCheckout } from "../checkout/checkout-completion";
import { ApiError } from "../core/api-error";
import type { Ctx } from "../core/context";
import { findOr404 } from "../core/lookup";
import type { Params } from "../core/params";
import type { CheckoutSessionRecord } from "../core/records";
import type { Route } from "../http/router";
import { setCancelAtPeriodEnd, switchPlan } from "../portal/portal-actions";
import { renderCheckoutPage } from "./checkout-page";
import { renderInvoicePage } from "./invoice-page";
import { invoicePdf } from "./invoice-pdf";
import { renderPortalPage } from "./portal-page";

export type PageResult =
  | { type: "html"; status: number; html: string }
  | { type: "redirect"; location: string }
  | { type: "pdf"; body: Buffer };

export type PageHandler = (ctx: Ctx, path: Record<string, string>, form: Params) => PageResult;

const ok = (markup: string): PageResult => ({ type: "html", status: 200, html: markup });
const redirect = (location: string): PageResult => ({ type: "redirect", location });

const checkout = (ctx: Ctx, path: Record<string, string>) => findOr404(ctx.state.checkoutSessions, path.id ?? "", "checkout session");
const invoice = (ctx: Ctx, path: Record<string, string>) => findOr404(ctx.state.invoices, path.id ?? "", "invoice");
const portal = (ctx: Ctx, path: Record<string, string>) => findOr404(ctx.state.portalSessions, path.id ?? "", "portal session");

function afterCheckout(ctx: Ctx, session: CheckoutSessionRecord, outcome: CheckoutOutcome): PageResult {
  if (!outcome.ok) return { type: "html", status: 402, html: renderCheckoutPage(ctx, session, outcome.error) };
  return redirect(outcome.redirect ?? `/checkout/${session.id}`);
}

function payInvoicePage(ctx: Ctx, path: Record<string, string>): PageResult {
  const record = invoice(ctx, path);
  if (record.status === "paid") return redirect(`/invoices/${record.id}`);
  try {
    payInvoice(ctx, record);
    return redirect(`/invoices/${record.id}`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { type: "html", status: error.status, html: renderInvoicePage(record, error.body.message) };
  }
}

/** The hosted pages: Checkout, invoices (and their PDFs) and the billing portal. */
export const pageRoutes: Route<PageHandler>[] = [
  { method: "GET", pattern: "/checkout/:id", handler: (ctx, path) => ok(renderCheckoutPage(ctx, checkout(ctx, path))) },
  {
    method: "POST",
    pattern: "/checkout/:id/pay",
    handler: (ctx, path) => afterCheckout(ctx, checkout(ctx, path), payCheckout(ctx, checkout(ctx, path))),
  },
  {
    method: "POST",
    pattern: "/checkout/:id/decline",
    handler: (ctx, path) => afterCheckout(ctx, checkout(ctx, path), declineCheckout(ctx, checkout(ctx, path))),
  },
  { method: "GET", pattern: "/invoices/:id", handler: (ctx, path) => ok(renderInvoicePage(invoice(ctx, path))) },
  { method: "POST", pattern: "/invoices/:id/pay", handler: (ctx, path) => payInvoicePage(ctx, path) },
  { method: "GET", pattern: "/invoices/:id/pdf", handler: (ctx, path) => ({ type: "pdf", body: invoicePdf(invoice(ctx, path)) }) },
  { method: "GET", pattern: "/portal/:id", handler: (ctx, path) => ok(renderPortalPage(ctx, portal(ctx, path))) },
  {
    method: "POST",
    pattern: "/portal/:id/switch",
    handler: (ctx, path, form) => {
      switchPlan(ctx, portal(ctx, path), form.requiredString("price"));
      return redirect(`/portal/${path.id ?? ""}`);
    },
  },
  {
    method: "POST",
    pattern: "/portal/:id/cancel",
    handler: (ctx, path) => {
      setCancelAtPeriodEnd(ctx, portal(ctx, path), true);
      return redirect(`/portal/${path.id ?? ""}`);
    },
  },
  {
    method: "POST",
    pattern: "/portal/:id/resume",
    handler: (ctx, path) => {
      setCancelAtPeriodEnd(ctx, portal(ctx, path), false);
      return redirect(`/portal/${path.id ?? ""}`);
    },
  },
];
