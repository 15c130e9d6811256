"use client";

import { RefreshCw, Truck } from "lucide-react";
import dynamic from "next/dynamic";
import { toast } from "sonner";
import { ChartLoading } from "@/components/charts/chart-loading";
import { formatDate, formatDateTime } from "@/components/format/dates";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/lib/billing/money";
import { errorMessage } from "@/lib/http/client";
import { type Procurement, type QuoteOffer, useCompareQuotes, useUpdateProcurement } from "@/lib/procurement/hooks";

// Charts load with their own code after the page is interactive (Recharts is heavy).
const QuoteChart = dynamic(() => import("@/components/charts/quote-chart").then((m) => m.QuoteChart), {
  ssr: false,
  loading: ChartLoading,
});

type QuotedOffer = Extract<QuoteOffer, { status: "quoted" }>;

const AVAILABILITY: Record<QuotedOffer["availability"], string> = {
  in_stock: "In stock",
  backorder: "Backordered",
  unavailable: "Not carried",
};

function Marks({ offer }: { offer: QuotedOffer }) {
  return (
    <span className="flex flex-wrap gap-1">
      {offer.marks.cheapest ? <Badge variant="success">Cheapest</Badge> : null}
      {offer.marks.fastest ? <Badge variant="default">Fastest</Badge> : null}
      {offer.marks.allInStock ? <Badge variant="secondary">All in stock</Badge> : <Badge variant="warning">Not all in stock</Badge>}
    </span>
  );
}

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={cn("flex justify-between gap-4", strong && "border-t border-border pt-2 font-semibold")}>
      <dt className={strong ? undefined : "text-muted-foreground"}>{label}</dt>
      <dd className="whitespace-nowrap tabular-nums">{value}</dd>
    </div>
  );
}

type OfferCardProps = { offer: QuoteOffer; chosen: boolean; canChoose: boolean; choosing: boolean; onChoose: () => void };

function OfferCard({ offer, chosen, canChoose, choosing, onChoose }: OfferCardProps) {
  if (offer.status === "error") {
    return (
      <section aria-label={`${offer.name} quote`} className="grid content-start gap-3 rounded-lg border border-border p-4">
        <h3 className="font-semibold">{offer.name}</h3>
        <Alert variant="warning">
          <p>
            No quote: {offer.error.message}. The other supplier's quote still stands; compare again in a moment to ask {offer.name} once
            more.
          </p>
        </Alert>
      </section>
    );
  }
  const money = (cents: number) => formatMoney(cents, offer.currency);
  const complete = offer.lines.every((line) => line.availability !== "unavailable");
  return (
    <section
      aria-label={`${offer.name} quote`}
      className={cn("grid content-start gap-3 rounded-lg border p-4", chosen ? "border-primary ring-1 ring-primary" : "border-border")}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="font-semibold">{offer.name}</h3>
        <Marks offer={offer} />
      </div>
      <ul className="grid gap-1 text-sm">
        {offer.lines.map((line) => (
          <li key={line.sku} className="flex flex-wrap justify-between gap-2">
            <span>
              <span className="font-mono text-xs">{line.sku}</span> × {line.quantity}
              <span className="ml-2 text-muted-foreground">{AVAILABILITY[line.availability]}</span>
            </span>
            <span className="tabular-nums">
              {line.unitPriceCents === null ? "—" : `${money(line.unitPriceCents)} each`}
              {line.listUnitPriceCents !== null && line.unitPriceCents !== null && line.unitPriceCents < line.listUnitPriceCents ? (
                <span className="ml-1 text-xs text-muted-foreground line-through">{money(line.listUnitPriceCents)}</span>
              ) : null}
            </span>
          </li>
        ))}
      </ul>
      <dl className="grid gap-1 text-sm">
        <Row label="Subtotal" value={money(offer.subtotalCents)} />
        {offer.discountCents > 0 ? (
          <Row label={`Your plan's discount (${offer.discountBps / 100}%)`} value={`−${money(offer.discountCents)}`} />
        ) : null}
        <Row label="Tax" value={money(offer.taxCents)} />
        <Row label="Shipping" value={money(offer.shippingCents)} />
        <Row label="Total" value={money(offer.totalCents)} strong />
      </dl>
      <p className="flex items-center gap-2 text-sm text-muted-foreground">
        <Truck className="size-4" aria-hidden="true" />
        {offer.expectedDeliveryDate
          ? `Delivery in ${offer.delivery}, by ${formatDate(offer.expectedDeliveryDate)}`
          : "Delivery date not given"}
      </p>
      {canChoose ? (
        <Button type="button" variant={chosen ? "secondary" : "default"} disabled={chosen || choosing || !complete} onClick={onChoose}>
          {chosen ? `${offer.name} chosen` : complete ? `Choose ${offer.name}` : `${offer.name} cannot deliver every line`}
        </Button>
      ) : null}
    </section>
  );
}

export function QuotesCard({ procurement }: { procurement: Procurement }) {
  const compare = useCompareQuotes(procurement.id);
  const update = useUpdateProcurement(procurement.id);
  const { suppliers, quotedAt, expiresAt, expired } = procurement.quotes;
  const canAct = procurement.access.edit;
  // Only suppliers that can deliver every line are comparable on the chart.
  const comparable = suppliers.filter(
    (o): o is QuotedOffer =>
      o.status === "quoted" && o.leadTimeDays !== null && o.lines.every((line) => line.availability !== "unavailable"),
  );

  function runCompare() {
    compare.mutate(undefined, {
      onError: (error) => toast.error("Could not compare quotes", { description: errorMessage(error) }),
    });
  }

  function choose(offer: QuotedOffer) {
    update.mutate(
      { version: procurement.version, selectedSupplier: offer.supplier },
      {
        onSuccess: () => toast.success(`${offer.name}'s quote chosen`),
        onError: (error) => toast.error(`Could not choose ${offer.name}`, { description: errorMessage(error) }),
      },
    );
  }

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <CardTitle>Supplier quotes</CardTitle>
          <CardDescription>
            {quotedAt
              ? `Quoted ${formatDateTime(quotedAt)}${expiresAt ? `; ${expired ? "expired" : "valid until"} ${formatDateTime(expiresAt)}` : ""}.`
              : "Ask Spencer and Coster for live prices, stock and lead times for these lines."}
          </CardDescription>
        </div>
        {canAct ? (
          <Button type="button" variant={suppliers.length > 0 ? "outline" : "default"} onClick={runCompare} disabled={compare.isPending}>
            <RefreshCw className={cn("size-4", compare.isPending && "animate-spin")} aria-hidden="true" />
            {compare.isPending ? "Asking suppliers…" : suppliers.length > 0 ? "Compare again" : "Compare quotes"}
          </Button>
        ) : null}
      </CardHeader>
      <CardContent className="grid gap-4">
        {expired && suppliers.length > 0 ? (
          <Alert variant="warning">
            <p>These quotes have expired: prices and stock may have changed. Compare again before you check out.</p>
          </Alert>
        ) : null}
        {suppliers.length === 0 ? (
          <p className="text-sm text-muted-foreground">{canAct ? "No quotes yet." : "No quotes have been taken for this order."}</p>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {suppliers.map((offer) => (
              <OfferCard
                key={offer.supplier}
                offer={offer}
                chosen={procurement.selectedSupplier === offer.supplier}
                canChoose={canAct}
                choosing={update.isPending}
                onChoose={() => offer.status === "quoted" && choose(offer)}
              />
            ))}
          </div>
        )}
        {comparable.length > 0 ? (
          <QuoteChart
            points={comparable.map((o) => ({
              name: o.name,
              totalCents: o.totalCents,
              leadTimeDays: o.leadTimeDays ?? 0,
              expectedDeliveryDate: o.expectedDeliveryDate,
              currency: o.currency,
            }))}
          />
        ) : null}
      </CardContent>
    </Card>
  );
}
