import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { procurementLineItems } from "@/db/schema";
import { centsToDecimal, decimalToCents } from "@/lib/billing/money";
import { listCatalogPrices } from "@/lib/catalog/queries";
import { AppError } from "@/lib/http/errors";
import type { Supplier } from "@/lib/prediction/schemas";
import { isComplete, type QuotedOffer, type Totals, totalsOf } from "./pricing";
import type { OrderLine } from "./schemas";

export type PricedLine = { sku: string; qty: number; unitPriceCents: number; supplier: Supplier };

/** The lines priced from the catalog (the supplier whose price applies); a SKU it lacks is a 422 naming the line. */
export async function priceFromCatalog(tx: Tx, lines: OrderLine[]): Promise<PricedLine[]> {
  const found = new Map(
    (
      await listCatalogPrices(
        tx,
        lines.map((line) => line.sku),
      )
    ).map((row) => [row.sku, row]),
  );
  const missing = lines.flatMap((line, index) =>
    found.has(line.sku) ? [] : [{ path: `items.${index}.sku`, message: `${line.sku} is not in the catalog` }],
  );
  if (missing.length > 0)
    throw new AppError("validation_failed", "The order names actuators the catalog does not have", { details: missing });
  return lines.map((line) => {
    const price = found.get(line.sku)!;
    return { sku: line.sku, qty: line.qty, unitPriceCents: decimalToCents(price.priceUsd), supplier: price.supplier };
  });
}

/** The lines priced as `offer` quoted them; 409 when the supplier cannot deliver one of them. */
export function priceFromOffer(lines: { sku: string; qty: number }[], offer: QuotedOffer): PricedLine[] {
  if (!isComplete(offer)) throw new AppError("conflict", `${offer.name} cannot deliver every line of this order`);
  return lines.map((line) => {
    const quoted = offer.lines.find((q) => q.sku === line.sku && q.quantity === line.qty);
    if (!quoted || quoted.unitPriceCents === null)
      throw new AppError("conflict", "The quote no longer matches the order's lines: compare again");
    return { sku: line.sku, qty: line.qty, unitPriceCents: quoted.unitPriceCents, supplier: offer.supplier };
  });
}

/** Replaces the order's lines. */
export async function writeLines(tx: Tx, tenantId: string, procurementId: string, lines: PricedLine[]): Promise<void> {
  await tx
    .delete(procurementLineItems)
    .where(and(eq(procurementLineItems.tenantId, tenantId), eq(procurementLineItems.procurementId, procurementId)));
  await tx.insert(procurementLineItems).values(
    lines.map((line, position) => ({
      tenantId,
      procurementId,
      actuatorSku: line.sku,
      quantity: line.qty,
      unitPrice: centsToDecimal(line.unitPriceCents),
      supplier: line.supplier,
      position,
    })),
  );
}

/**
 * The order's money columns: the chosen offer's totals (it priced these lines, with the
 * discount of when it was quoted), else an estimate from the lines with no tax or shipping yet.
 */
export function moneyColumns(lines: PricedLine[], discountBps: number, offer: QuotedOffer | null) {
  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.qty, 0);
  const totals: Totals = offer ?? totalsOf(subtotal, discountBps, { taxCents: 0, shippingCents: 0 });
  return {
    currency: offer?.currency ?? "USD",
    subtotal: centsToDecimal(totals.subtotalCents),
    discountPct: centsToDecimal(totals.discountBps),
    discount: centsToDecimal(totals.discountCents),
    tax: centsToDecimal(totals.taxCents),
    shipping: centsToDecimal(totals.shippingCents),
    total: centsToDecimal(totals.totalCents),
  };
}
