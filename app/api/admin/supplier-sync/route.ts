import { withStaff } from "@/lib/http/route";
import { syncQueuedSchema, syncRunListSchema } from "@/lib/suppliers/response-schemas";
import { listSyncRuns } from "@/lib/suppliers/sync";
import { requestSupplierSync } from "@/lib/suppliers/sync-request";

export const dynamic = "force-dynamic";

// GET /api/admin/supplier-sync — the latest price/stock sync runs of both suppliers (staff only)
export const GET = withStaff({ response: syncRunListSchema }, async () => ({ runs: await listSyncRuns() }));

// POST /api/admin/supplier-sync — sync both suppliers now, in the background (staff only)
export const POST = withStaff({ response: syncQueuedSchema, status: 202 }, async () => requestSupplierSync());
