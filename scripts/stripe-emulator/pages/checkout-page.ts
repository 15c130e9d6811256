import { productName } from "../billing/prices";
import type { Ctx } from "../core/context";
import { formatAmount, formatInterval } from "../core/money";
import type { CheckoutSessionRecord, PriceRecord } from "../core/records";
import { type Html, html, page } from "./html";

function priceLabel(price: PriceRecord, quantity: number): string {
  const amount = formatAmount((price.unit_amount ?? 0) * quantity, price.currency);
  return price.recurring ? `${amount} ${formatInterval(price.recurring.interval, price.recurring.interval_count)}` : amount;
}

function summary(ctx: Ctx, session: CheckoutSessionRecord): Html {
  const details = ctx.state.checkoutDetails.get(session.id);
  const lines = (details?.lines ?? []).flatMap((line) => {
    const price = ctx.state.prices.get(line.price);
    return price ? [{ price, quantity: line.quantity }] : [];
  });
  const trialDays = session.mode === "subscription" ? (details?.trialPeriodDays ?? 0) : 0;
  return html`<ul class="lines" aria-label="Order summary">${lines.map(
    ({ price, quantity }) =>
      html`<li><span>${productName(ctx, price)}${quantity > 1 ? ` × ${quantity}` : ""}</span><span>${priceLabel(price, quantity)}</span></li>`,
  )}</ul>
  ${trialDays > 0 ? html`<p>${trialDays}-day free trial</p>` : null}
  <p class="total">Due today: ${formatAmount(session.amount_total ?? 0, session.currency ?? "usd")}</p>`;
}

function actions(session: CheckoutSessionRecord): Html {
  if (session.status === "complete") return html`<p class="ok" role="status">Payment complete.</p>`;
  return html`<form method="post" action="/checkout/${session.id}/pay"><button type="submit">Pay</button></form>
  <form method="post" action="/checkout/${session.id}/decline"><button type="submit" class="secondary">Decline</button></form>`;
}

/** The hosted Checkout page: what is bought, "Pay", "Decline" and "Cancel and return". */
export function renderCheckoutPage(ctx: Ctx, session: CheckoutSessionRecord, error?: string): string {
  const heading = session.mode === "subscription" ? "Subscribe" : "Pay";
  return page(
    "Checkout",
    html`<p><span class="badge">Test mode</span></p>
  <h1>${heading} — AeroSpec</h1>
  ${summary(ctx, session)}
  ${error ? html`<p class="error" role="alert">${error}</p>` : null}
  ${actions(session)}
  ${session.cancel_url ? html`<p><a href="${session.cancel_url}">Cancel and return</a></p>` : null}`,
  );
}
