import { productName } from "../billing/prices";
import type { Ctx } from "../core/context";
import { formatAmount, formatInterval } from "../core/money";
import type { PortalSessionRecord, PriceRecord, SubscriptionRecord } from "../core/records";
import { currentSubscription, switchablePrices } from "../portal/portal-view";
import { formatDate, type Html, html, humanize, page } from "./html";

function priceLabel(price: PriceRecord): string {
  const interval = price.recurring ? ` ${formatInterval(price.recurring.interval, price.recurring.interval_count)}` : "";
  return `${formatAmount(price.unit_amount ?? 0, price.currency)}${interval}`;
}

function subscriptionSection(ctx: Ctx, session: PortalSessionRecord, subscription: SubscriptionRecord): Html {
  const item = subscription.items.data[0];
  if (!item) return html``;
  const base = `/portal/${session.id}`;
  const cancelForm = subscription.cancel_at_period_end
    ? html`<form method="post" action="${base}/resume"><button type="submit">Resume subscription</button></form>`
    : html`<form method="post" action="${base}/cancel"><button type="submit" class="secondary">Cancel subscription</button></form>`;
  return html`<section aria-label="Current subscription">
    <h2>${productName(ctx, item.price)}</h2>
    <p>${priceLabel(item.price)}</p>
    <p>Status: <strong>${humanize(subscription.status)}</strong></p>
    <p>Current period ends ${formatDate(item.current_period_end)}</p>
    ${subscription.cancel_at_period_end ? html`<p role="status">Cancels at period end (${formatDate(item.current_period_end)})</p>` : null}
  </section>
  <section aria-label="Change plan">${switchablePrices(ctx, subscription).map(
    (price) =>
      html`<form method="post" action="${base}/switch"><input type="hidden" name="price" value="${price.id}"><button type="submit">Switch to ${productName(ctx, price)}</button></form>`,
  )}</section>
  ${cancelForm}`;
}

/** The hosted billing portal: current plan, plan switches, cancel/resume, and the way back. */
export function renderPortalPage(ctx: Ctx, session: PortalSessionRecord): string {
  const subscription = currentSubscription(ctx, session.customer);
  const customer = ctx.state.customers.get(session.customer);
  return page(
    "Billing",
    html`<p><span class="badge">Test mode</span></p>
  <h1>Billing</h1>
  <p class="muted">${customer?.email ?? customer?.name ?? session.customer}</p>
  ${subscription ? subscriptionSection(ctx, session, subscription) : html`<p>No active subscription.</p>`}
  ${session.return_url ? html`<p><a href="${session.return_url}">Return to AeroSpec</a></p>` : null}`,
  );
}
