import { desc, eq } from "drizzle-orm";
import { supplierSyncRuns } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { applySupplierPrices } from "@/lib/catalog/supplier-prices";
import { logger } from "@/lib/http/logger";
import { SUPPLIERS, type Supplier } from "@/lib/prediction/schemas";
import { getSupplierClient, type SupplierClient } from "./client";
import { SupplierError } from "./errors";

export type SyncTrigger = "schedule" | "staff";

/**
 * Spec §5.2: a supplier's whole price list, page by page (bulk, never one request per SKU),
 * into the catalog, recorded as a run. A supplier that fails part-way leaves the rest of its
 * columns as they were: their "last synced" time shows how old they are.
 */
async function syncSupplier(supplier: Supplier, trigger: SyncTrigger, client: SupplierClient = getSupplierClient(supplier)) {
  const [run] = await withSystemTx((tx) => tx.insert(supplierSyncRuns).values({ supplier, trigger }).returning());
  const startedAt = run!.startedAt;
  const totals = { pages: 0, rowsSeen: 0, rowsChanged: 0 };
  let error: string | null = null;
  let cursor: string | null = null;
  try {
    do {
      const page = await client.listPrices(cursor);
      const applied = await withSystemTx((tx) => applySupplierPrices(tx, supplier, page.items, startedAt));
      totals.pages += 1;
      totals.rowsSeen += applied.seen;
      totals.rowsChanged += applied.changed;
      cursor = page.next;
    } while (cursor !== null);
  } catch (caught) {
    // The supplier's own words when it failed; ours stay in the log.
    error = caught instanceof SupplierError ? caught.message.slice(0, 500) : "The catalog could not be updated (see the server log)";
    logger.warn({ supplier, err: caught }, "supplier sync failed");
  }
  const [finished] = await withSystemTx((tx) =>
    tx
      .update(supplierSyncRuns)
      .set({ ...totals, status: error ? "failed" : "succeeded", error, finishedAt: new Date() })
      .where(eq(supplierSyncRuns.id, run!.id))
      .returning(),
  );
  return finished!;
}

/** Both suppliers at once (the every-4-hours job, or staff's "Sync now"). */
export async function syncAllSuppliers(trigger: SyncTrigger) {
  return Promise.all(SUPPLIERS.map((supplier) => syncSupplier(supplier, trigger)));
}

/** The latest runs, newest first, for the staff page. */
export async function listSyncRuns(limit = 50) {
  return withSystemTx((tx) =>
    tx.select().from(supplierSyncRuns).orderBy(desc(supplierSyncRuns.startedAt), desc(supplierSyncRuns.id)).limit(limit),
  );
}
