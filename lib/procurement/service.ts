import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { configurations, procurements, tenants } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { diff, recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { decimalToCents } from "@/lib/billing/money";
import { PLANS } from "@/lib/billing/plans";
import { env } from "@/lib/env";
import { AppError } from "@/lib/http/errors";
import { enqueueJob } from "@/lib/jobs/outbox";
import { assertProcurementAccess, getProcurementAccess } from "./access";
import { capturePolicy, leadTimeOf } from "./capture";
import { moveTo, recordEvent } from "./events";
import { moneyColumns, type PricedLine, priceFromCatalog, priceFromOffer, writeLines } from "./lines";
import { type ProcurementRow, presentLine, presentProcurement } from "./present";
import type { QuotedOffer, SupplierOffer } from "./pricing";
import { findOpenDraft, getProcurementNames, getProcurementRow, listEvents, listLines } from "./queries";
import { receiptFor } from "./receipt-display";
import type { CreateProcurementInput, OrderLine, UpdateProcurementInput } from "./schemas";
import { isEditable } from "./status";

export type ProcurementDetail = ReturnType<typeof presentProcurement>;

const discountBpsOf = (ctx: ActorContext) => PLANS[ctx.actor.plan].procurementDiscountBps;

/** The order or 404 (another tenant's too). */
export async function loadProcurement(
  tx: Tx,
  tenantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<ProcurementRow> {
  const row = await getProcurementRow(tx, tenantId, id, options);
  if (!row) throw new AppError("not_found", "Order not found");
  return row;
}

/** The tenant's approval threshold in cents, or null when orders need no approval. */
export async function getApprovalThresholdCents(tx: Tx, tenantId: string): Promise<number | null> {
  const [row] = await tx.select({ threshold: tenants.procurementApprovalThreshold }).from(tenants).where(eq(tenants.id, tenantId));
  return row?.threshold == null ? null : decimalToCents(row.threshold);
}

/** The order as `ctx` sees it, read in the caller's transaction. */
export async function readProcurement(tx: Tx, ctx: ActorContext, row: ProcurementRow): Promise<ProcurementDetail> {
  const { tenantId } = ctx.actor;
  const [lines, events, names, threshold] = await Promise.all([
    listLines(tx, tenantId, row.id),
    listEvents(tx, tenantId, row.id),
    getProcurementNames(tx, tenantId, row),
    getApprovalThresholdCents(tx, tenantId),
  ]);
  const byAdmin = ctx.actor.role === "admin";
  const access = getProcurementAccess(ctx.actor, row);
  return presentProcurement({
    row,
    lines,
    events,
    names,
    access,
    receipt: access.confirmReceipt ? await receiptFor(ctx, row) : null,
    needsApproval: !byAdmin && threshold !== null && decimalToCents(row.total) > threshold && row.status === "draft",
    quotesExpired: row.quotesExpireAt !== null && row.quotesExpireAt.getTime() <= Date.now(),
    captureAt: (row.captureAt as "receipt" | "shipment" | null) ?? (row.selectedSupplier ? capturePolicy(leadTimeOf(row)) : null),
    autoConfirmDays: env().RECEIPT_AUTO_CONFIRM_DAYS,
  });
}

export async function getProcurement(ctx: ActorContext, id: string): Promise<ProcurementDetail> {
  return withTenantTx(ctx.actor.tenantId, async (tx) => readProcurement(tx, ctx, await loadProcurement(tx, ctx.actor.tenantId, id)));
}

async function assertConfiguration(tx: Tx, tenantId: string, configurationId: string): Promise<void> {
  const [found] = await tx
    .select({ id: configurations.id })
    .from(configurations)
    .where(and(eq(configurations.tenantId, tenantId), eq(configurations.id, configurationId)));
  if (!found) {
    throw new AppError("validation_failed", "The order is not valid", {
      details: [{ path: "configurationId", message: "Not a configuration of this organization" }],
    });
  }
}

/** Adds `extra` to `current`: a SKU already in the order gets the quantities summed. */
function mergeLines(current: { sku: string; qty: number }[], extra: OrderLine[]): OrderLine[] {
  const merged = current.map((line) => ({ sku: line.sku, qty: line.qty }));
  for (const line of extra) {
    const existing = merged.find((m) => m.sku === line.sku);
    if (existing) existing.qty += line.qty;
    else merged.push({ ...line });
  }
  return merged;
}

/**
 * Starts an order for a configuration with the given lines, priced from the catalog until a
 * supplier quotes them; with `addToDraft`, the lines join the member's open draft for that
 * configuration when there is one.
 */
export async function createProcurement(ctx: ActorContext, input: CreateProcurementInput): Promise<ProcurementDetail> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    await assertConfiguration(tx, tenantId, input.configurationId);
    const draft = input.addToDraft ? await findOpenDraft(tx, tenantId, input.configurationId, userId) : null;
    if (draft) return addToDraft(tx, ctx, draft, input.items);
    const lines = await priceFromCatalog(tx, input.items);
    const [row] = await tx
      .insert(procurements)
      .values({
        tenantId,
        configurationId: input.configurationId,
        createdByUserId: userId,
        orderType: input.orderType,
        ...moneyColumns(lines, discountBpsOf(ctx), null),
      })
      .returning();
    await writeLines(tx, tenantId, row!.id, lines);
    await recordEvent(tx, tenantId, row!.id, { from: null, to: "draft", source: "member", actorUserId: userId });
    await recordAudit(tx, auditContext(ctx), {
      action: "procurement.create",
      resourceType: "procurement",
      resourceId: row!.id,
      changes: { configurationId: input.configurationId, items: input.items },
    });
    return readProcurement(tx, ctx, row!);
  });
}

async function addToDraft(tx: Tx, ctx: ActorContext, draft: ProcurementRow, items: OrderLine[]): Promise<ProcurementDetail> {
  const current = (await listLines(tx, ctx.actor.tenantId, draft.id)).map(presentLine);
  return applyUpdate(tx, ctx, draft, { version: draft.version, items: mergeLines(current, items) });
}

export async function updateProcurement(ctx: ActorContext, id: string, patch: UpdateProcurementInput): Promise<ProcurementDetail> {
  return withTenantTx(ctx.actor.tenantId, async (tx) => {
    const row = await loadProcurement(tx, ctx.actor.tenantId, id, { forUpdate: true });
    return applyUpdate(tx, ctx, row, patch);
  });
}

function findOffer(row: ProcurementRow, supplier: string): QuotedOffer | null {
  const offer = (row.suppliersQuoted as SupplierOffer[]).find((o) => o.supplier === supplier);
  return offer?.status === "quoted" ? offer : null;
}

/**
 * Edits the cart. New lines drop the quotes (they priced other lines); choosing a supplier
 * prices the lines as it quoted them. An approval was given for one order: any change of
 * lines or supplier sends an order waiting for or holding one back to draft.
 */
async function applyUpdate(tx: Tx, ctx: ActorContext, row: ProcurementRow, patch: UpdateProcurementInput): Promise<ProcurementDetail> {
  const { tenantId, userId } = ctx.actor;
  assertProcurementAccess(ctx.actor, row, "edit");
  if (!isEditable(row.status)) throw new AppError("conflict", "This order has been paid for: its lines can no longer change");
  if (patch.version !== row.version)
    throw new AppError("conflict", "Someone changed this order since you opened it: reload to see their changes");
  const currentLines = (await listLines(tx, tenantId, row.id)).map(presentLine);
  const items = patch.items ?? currentLines.map(({ sku, qty }) => ({ sku, qty }));
  const linesChanged =
    patch.items !== undefined && JSON.stringify(patch.items) !== JSON.stringify(currentLines.map(({ sku, qty }) => ({ sku, qty })));
  const supplier = linesChanged ? null : patch.selectedSupplier === undefined ? row.selectedSupplier : patch.selectedSupplier;
  const offer = supplier ? findOffer(row, supplier) : null;
  if (supplier && !offer) throw new AppError("conflict", "That supplier has no quote for this order: compare first");
  let lines: PricedLine[];
  if (offer) lines = priceFromOffer(items, offer);
  else lines = await priceFromCatalog(tx, items);
  const changes = diff(
    {
      orderType: row.orderType,
      items: currentLines.map(({ sku, qty }) => ({ sku, qty })),
      shipTo: row.shipToAddress,
      selectedSupplier: row.selectedSupplier,
    },
    { orderType: patch.orderType, items: patch.items, shipTo: patch.shipTo, selectedSupplier: supplier },
  );
  if (Object.keys(changes).length === 0) return readProcurement(tx, ctx, row);
  const set = {
    orderType: patch.orderType ?? row.orderType,
    shipToAddress: patch.shipTo === undefined ? row.shipToAddress : patch.shipTo,
    selectedSupplier: supplier,
    ...(linesChanged && { suppliersQuoted: [], quotedAt: null, quotesExpireAt: null }),
    // A checkout left open priced the order before this change: paying it now is refused (and the hold released).
    ...(row.paymentStatus === "pending" && { paymentStatus: "unpaid" as const, paymentId: null }),
    ...moneyColumns(lines, discountBpsOf(ctx), offer),
  };
  let updated: ProcurementRow;
  const backToDraft = row.status !== "draft" && (changes.items || changes.selectedSupplier);
  if (backToDraft) {
    updated = await moveTo(
      tx,
      row,
      "draft",
      { source: "member", actorUserId: userId, note: "The order changed after it was sent for approval" },
      set,
    );
  } else {
    [updated] = (await tx
      .update(procurements)
      .set({ ...set, version: sql`${procurements.version} + 1` })
      .where(and(eq(procurements.tenantId, tenantId), eq(procurements.id, row.id)))
      .returning()) as [ProcurementRow];
  }
  if (changes.items || changes.selectedSupplier) await writeLines(tx, tenantId, row.id, lines);
  await recordAudit(tx, auditContext(ctx), { action: "procurement.update", resourceType: "procurement", resourceId: row.id, changes });
  return readProcurement(tx, ctx, updated);
}

/** Cancels an order until it ships (the state machine says until when). */
export async function cancelProcurement(ctx: ActorContext, id: string): Promise<void> {
  await withTenantTx(ctx.actor.tenantId, async (tx) => {
    const row = await loadProcurement(tx, ctx.actor.tenantId, id, { forUpdate: true });
    assertProcurementAccess(ctx.actor, row, "cancel");
    const paid = !isEditable(row.status);
    const note = paid ? "Cancelled with the supplier; the hold on the card is released" : null;
    await moveTo(tx, row, "cancelled", { source: "member", actorUserId: ctx.actor.userId, note }, { cancelledAt: new Date() });
    // The supplier order (if placed) is cancelled and the card hold released after this commits.
    if (paid || row.paymentStatus === "pending")
      await enqueueJob(tx, "procurement.cancel_order", { tenantId: ctx.actor.tenantId, procurementId: row.id });
    await recordAudit(tx, auditContext(ctx), {
      action: "procurement.cancel",
      resourceType: "procurement",
      resourceId: row.id,
      changes: { status: { from: row.status, to: "cancelled" } },
    });
  });
}
