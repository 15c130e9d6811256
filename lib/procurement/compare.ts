import { and, eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { procurements } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { centsToDecimal } from "@/lib/billing/money";
import { PLANS } from "@/lib/billing/plans";
import { AppError } from "@/lib/http/errors";
import { logger } from "@/lib/http/logger";
import { SUPPLIERS, type Supplier } from "@/lib/prediction/schemas";
import { getSupplierClient } from "@/lib/suppliers/client";
import { SupplierError } from "@/lib/suppliers/errors";
import type { SupplierItem } from "@/lib/suppliers/schemas";
import { assertProcurementAccess } from "./access";
import { moneyColumns, priceFromCatalog, priceFromOffer, writeLines } from "./lines";
import { markOffers, offerFromQuote, offersExpireAt, SUPPLIER_NAMES, type SupplierOffer } from "./pricing";
import { listLines } from "./queries";
import type { compareResponseSchema } from "./response-schemas";
import type { CompareRequest, OrderLine } from "./schemas";
import { loadProcurement } from "./service";
import { isEditable } from "./status";

/** One supplier's quote, or what went wrong: a failing supplier never takes the others down. */
async function quoteOne(supplier: Supplier, items: SupplierItem[], discountBps: number, now: Date): Promise<SupplierOffer> {
  try {
    return offerFromQuote(await getSupplierClient(supplier).quote(items), discountBps, now);
  } catch (error) {
    if (error instanceof SupplierError)
      return { supplier, name: SUPPLIER_NAMES[supplier], status: "error", error: { kind: error.kind, message: error.message } };
    logger.error({ err: error, supplier }, "supplier quote failed unexpectedly");
    return {
      supplier,
      name: SUPPLIER_NAMES[supplier],
      status: "error",
      error: { kind: "unavailable", message: `${SUPPLIER_NAMES[supplier]} could not be asked` },
    };
  }
}

/** Every supplier's offer for the lines, asked in parallel, the plan's discount applied, cheapest and fastest marked. */
async function quoteAll(lines: OrderLine[], discountBps: number, now = new Date()): Promise<SupplierOffer[]> {
  const items = lines.map((line) => ({ sku: line.sku, quantity: line.qty }));
  return markOffers(await Promise.all(SUPPLIERS.map((supplier) => quoteOne(supplier, items, discountBps, now))));
}

export type CompareResult = Awaited<ReturnType<typeof compareSuppliers>>;

/**
 * Spec §2.3 compare: quotes for lines sent, or for an order's lines — then the quotes are
 * stored on the order with their expiry (and a chosen supplier's prices follow its new quote).
 */
export async function compareSuppliers(ctx: ActorContext, request: CompareRequest): Promise<z.input<typeof compareResponseSchema>> {
  const discountBps = PLANS[ctx.actor.plan].procurementDiscountBps;
  const quotedAt = new Date();
  if ("items" in request) {
    const suppliers = await quoteAll(request.items, discountBps, quotedAt);
    return {
      procurementId: null,
      version: null,
      discountPct: discountBps / 100,
      quotedAt,
      expiresAt: offersExpireAt(suppliers),
      suppliers,
    };
  }
  const { tenantId } = ctx.actor;
  const { row, lines } = await withTenantTx(tenantId, async (tx) => {
    const found = await loadProcurement(tx, tenantId, request.procurementId);
    assertProcurementAccess(ctx.actor, found, "edit");
    if (!isEditable(found.status)) throw new AppError("conflict", "This order has been paid for: its quotes can no longer change");
    return { row: found, lines: (await listLines(tx, tenantId, found.id)).map((l) => ({ sku: l.actuatorSku, qty: l.quantity })) };
  });
  const suppliers = await quoteAll(lines, discountBps, quotedAt);
  const expiresAt = offersExpireAt(suppliers);
  const version = await withTenantTx(tenantId, async (tx) => {
    const current = await loadProcurement(tx, tenantId, row.id, { forUpdate: true });
    if (current.version !== row.version) throw new AppError("conflict", "The order changed while it was being priced: compare again");
    const chosen = suppliers.find((o) => o.supplier === current.selectedSupplier && o.status === "quoted");
    const keep = chosen?.status === "quoted" && chosen.lines.every((l) => l.availability !== "unavailable") ? chosen : null;
    // The chosen supplier's prices follow its new quote; without one, the catalog's again.
    const priced = keep ? priceFromOffer(lines, keep) : current.selectedSupplier ? await priceFromCatalog(tx, lines) : null;
    const [updated] = await tx
      .update(procurements)
      .set({
        suppliersQuoted: suppliers,
        quotedAt,
        quotesExpireAt: expiresAt,
        ...(current.selectedSupplier && !keep && { selectedSupplier: null }),
        ...(priced && moneyColumns(priced, discountBps, keep)),
        version: sql`${procurements.version} + 1`,
      })
      .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, row.id)))
      .returning({ version: procurements.version });
    if (priced) await writeLines(tx, tenantId, row.id, priced);
    await recordAudit(tx, auditContext(ctx), {
      action: "procurement.quote",
      resourceType: "procurement",
      resourceId: row.id,
      changes: {
        quotes: suppliers.map((o) => ({ supplier: o.supplier, total: o.status === "quoted" ? centsToDecimal(o.totalCents) : null })),
      },
    });
    return updated!.version;
  });
  return { procurementId: row.id, version, discountPct: discountBps / 100, quotedAt, expiresAt, suppliers };
}
