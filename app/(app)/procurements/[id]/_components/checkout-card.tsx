"use client";

import { CreditCard } from "lucide-react";
import { toast } from "sonner";
import { formatDate } from "@/components/format/dates";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatMoney } from "@/lib/billing/money";
import { errorMessage } from "@/lib/http/client";
import { type Procurement, useStartCheckout } from "@/lib/procurement/hooks";

function captureWords(order: Procurement): string {
  if (order.captureAt === "shipment") {
    return "Your card is authorised now and charged when the supplier ships: the delivery comes later than a card authorisation lasts. If the receipt fails, you are refunded.";
  }
  return `Your card is authorised now and charged only when your team confirms receipt (or ${order.autoConfirmDays} days after delivery if no one does). If the delivery falls short, only what arrived is charged.`;
}

/** What stands between the order and payment, listed so the member knows what to do. */
function missingSteps(order: Procurement): string[] {
  const steps: string[] = [];
  if (!order.selectedSupplier) steps.push("Choose a supplier's quote.");
  if (!order.shipTo) steps.push("Add the delivery address.");
  return steps;
}

/** Pay for the order: Stripe Checkout authorises the total, the supplier gets the order once it is held. */
export function CheckoutCard({ order }: { order: Procurement }) {
  const checkout = useStartCheckout(order.id);
  const steps = missingSteps(order);
  const money = (cents: number) => formatMoney(cents, order.currency);

  function pay() {
    checkout.mutate(undefined, {
      onSuccess: ({ url }) => window.location.assign(url),
      onError: (error) => toast.error("Could not start the checkout", { description: errorMessage(error) }),
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Payment</CardTitle>
        <CardDescription>
          {order.paymentStatus === "pending"
            ? "A checkout is open for this order. Waiting for the payment to be confirmed…"
            : `${money(order.totalCents)} with ${order.selectedSupplier ? (order.selectedSupplier === "spencer" ? "Spencer" : "Coster") : "the supplier you choose"}.`}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {steps.length > 0 ? (
          <ul className="grid list-disc gap-1 pl-5 text-sm">
            {steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-muted-foreground">{captureWords(order)}</p>
        )}
        {order.quotes.expired && order.selectedSupplier ? (
          <Alert variant="info">
            <p>The quote has expired: checking out asks the supplier again, and stops to show you a new total if the price moved.</p>
          </Alert>
        ) : null}
        <div>
          <Button type="button" onClick={pay} loading={checkout.isPending} disabled={steps.length > 0}>
            {checkout.isPending ? null : <CreditCard aria-hidden="true" />}
            {order.paymentStatus === "pending" ? "Open the checkout again" : `Pay ${money(order.totalCents)}`}
          </Button>
        </div>
      </CardContent>
    </Card>
  );
}

/** After payment: where the money is and what the supplier said. */
export function FulfilmentCard({ order }: { order: Procurement }) {
  const money = (cents: number) => formatMoney(cents, order.currency);
  const held = {
    unpaid: "Nothing has been charged.",
    pending: "Waiting for the payment to be confirmed.",
    authorized: `${money(order.totalCents)} is held on the card and charged ${order.captureAt === "shipment" ? "when the supplier ships" : "when receipt is confirmed"}.`,
    paid: `${money(order.amountCapturedCents)} has been charged.`,
    released: "The hold on the card was released; nothing was charged.",
    refunded: "The payment was refunded.",
  }[order.paymentStatus];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Delivery</CardTitle>
        <CardDescription>{held}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-muted-foreground">Supplier order</dt>
            <dd>{order.supplierOrderId ?? (order.status === "submitted" ? "Being placed…" : "—")}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Expected delivery</dt>
            <dd>{order.expectedDeliveryDate ? formatDate(order.expectedDeliveryDate) : "—"}</dd>
          </div>
          <div>
            <dt className="text-muted-foreground">Carrier and tracking</dt>
            <dd>{order.trackingNumber ? `${order.carrier ?? "Carrier"} · ${order.trackingNumber}` : "Not shipped yet"}</dd>
          </div>
          {order.receivedAt ? (
            <div>
              <dt className="text-muted-foreground">Received</dt>
              <dd>
                {formatDate(order.receivedAt)}
                {order.receiptNote ? ` · ${order.receiptNote}` : ""}
              </dd>
            </div>
          ) : null}
          {order.failureReason ? (
            <div>
              <dt className="text-muted-foreground">Why it failed</dt>
              <dd>{order.failureReason}</dd>
            </div>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
