import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { afterCursor, cursorKey, type KeysetOrder, orderByKeyset, paginate } from "@/db/keyset";
import { webhookDeliveries, webhookEndpoints } from "@/db/schema";
import type { ListWebhookDeliveriesInput, ListWebhookEndpointsInput } from "./schemas";

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;

const ENDPOINTS_NEWEST_FIRST: KeysetOrder = {
  key: webhookEndpoints.createdAt,
  id: webhookEndpoints.id,
  direction: "desc",
  keyType: "timestamptz",
};
const DELIVERIES_NEWEST_FIRST: KeysetOrder = {
  key: webhookDeliveries.createdAt,
  id: webhookDeliveries.id,
  direction: "desc",
  keyType: "timestamptz",
};

export async function getWebhookEndpoint(
  db: DbOrTx,
  tenantId: string,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<WebhookEndpointRow | null> {
  const query = db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), eq(webhookEndpoints.id, id)));
  const [row] = options.forUpdate ? await query.for("update") : await query;
  return row ?? null;
}

/** The organization's endpoints, newest first, keyset-paginated. */
export async function listWebhookEndpoints(db: DbOrTx, tenantId: string, input: ListWebhookEndpointsInput) {
  const rows = await db
    .select({ endpoint: webhookEndpoints, cursorKey: cursorKey(ENDPOINTS_NEWEST_FIRST) })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.tenantId, tenantId), input.cursor ? afterCursor(ENDPOINTS_NEWEST_FIRST, input.cursor) : undefined))
    .orderBy(...orderByKeyset(ENDPOINTS_NEWEST_FIRST))
    .limit(input.limit + 1);
  return paginate(rows, input.limit, (row) => ({ key: row.cursorKey, id: row.endpoint.id }));
}

export async function getWebhookDelivery(db: DbOrTx, tenantId: string, endpointId: string, id: string): Promise<WebhookDeliveryRow | null> {
  const [row] = await db
    .select()
    .from(webhookDeliveries)
    .where(and(eq(webhookDeliveries.tenantId, tenantId), eq(webhookDeliveries.endpointId, endpointId), eq(webhookDeliveries.id, id)));
  return row ?? null;
}

/** One endpoint's delivery log, newest first, keyset-paginated. */
export async function listWebhookDeliveries(db: DbOrTx, tenantId: string, endpointId: string, input: ListWebhookDeliveriesInput) {
  const rows = await db
    .select({ delivery: webhookDeliveries, cursorKey: cursorKey(DELIVERIES_NEWEST_FIRST) })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.tenantId, tenantId),
        eq(webhookDeliveries.endpointId, endpointId),
        input.cursor ? afterCursor(DELIVERIES_NEWEST_FIRST, input.cursor) : undefined,
      ),
    )
    .orderBy(...orderByKeyset(DELIVERIES_NEWEST_FIRST))
    .limit(input.limit + 1);
  return paginate(rows, input.limit, (row) => ({ key: row.cursorKey, id: row.delivery.id }));
}
