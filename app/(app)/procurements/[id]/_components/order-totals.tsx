import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/lib/billing/money";
import type { Procurement } from "@/lib/procurement/hooks";

function Row({ label, value, strong }: { label: string; value: string; strong?: boolean }) {
  return (
    <div className={cn("flex justify-between gap-6", strong && "border-t border-border pt-2 text-base font-semibold")}>
      <dt className={strong ? undefined : "text-muted-foreground"}>{label}</dt>
      <dd className="whitespace-nowrap tabular-nums">{value}</dd>
    </div>
  );
}

/** What the order comes to; before a quote is chosen, an estimate without tax and shipping. */
export function OrderTotals({ procurement }: { procurement: Procurement }) {
  const money = (cents: number) => formatMoney(cents, procurement.currency);
  const quoted = procurement.selectedSupplier !== null;
  return (
    <dl className="ml-auto grid w-full max-w-sm gap-1 text-sm" aria-label="Order totals">
      <Row label="Subtotal" value={money(procurement.subtotalCents)} />
      {procurement.discountCents > 0 ? (
        <Row label={`Your plan's discount (${procurement.discountPct}%)`} value={`−${money(procurement.discountCents)}`} />
      ) : null}
      <Row label="Tax" value={quoted ? money(procurement.taxCents) : "with the quote"} />
      <Row label="Shipping" value={quoted ? money(procurement.shippingCents) : "with the quote"} />
      <Row label={quoted ? "Total" : "Estimated total"} value={money(procurement.totalCents)} strong />
    </dl>
  );
}
