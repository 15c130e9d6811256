import { withSystemTx } from "@/db/tenant";
import { enqueueJob } from "@/lib/jobs/outbox";

/** Staff's "Sync now": the sync job runs in the background (the worker picks it up within a second or two). */
export async function requestSupplierSync(): Promise<{ queued: true }> {
  await withSystemTx((tx) => enqueueJob(tx, "suppliers.sync", { tenantId: null, trigger: "staff" }));
  return { queued: true };
}
