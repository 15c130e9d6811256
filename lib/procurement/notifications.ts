import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { configurations, users } from "@/db/schema";
import type { ProcurementStatus } from "@/db/schema/enums";
import { enqueueEmail } from "@/lib/email/outbox";
import { orderStatusEmail } from "@/lib/email/templates";
import { env } from "@/lib/env";
import type { ProcurementRow } from "./present";

const HEADLINES: Partial<Record<ProcurementStatus, string>> = {
  pending_approval: "it waits for an admin's approval",
  approved: "it was approved",
  draft: "it is back to draft",
  submitted: "payment authorised, sent to the supplier",
  confirmed: "the supplier confirmed it",
  shipped: "it has shipped",
  delivered: "it was delivered",
  received: "receipt confirmed",
  failed: "the supplier could not fulfil it",
  cancelled: "it was cancelled",
};

/** Tells the member who placed the order that it moved on (outbox mail, sent after commit). */
export async function notifyOrderer(tx: Tx, row: ProcurementRow, details: string[] = []): Promise<void> {
  const headline = HEADLINES[row.status];
  if (!headline || !row.createdByUserId) return;
  const [found] = await tx
    .select({ email: users.email, configurationName: configurations.name })
    .from(users)
    .innerJoin(configurations, and(eq(configurations.tenantId, row.tenantId), eq(configurations.id, row.configurationId)))
    .where(eq(users.id, row.createdByUserId));
  if (!found) return;
  const email = orderStatusEmail({
    configurationName: found.configurationName,
    headline: headline.charAt(0).toUpperCase() + headline.slice(1),
    details,
    url: `${env().APP_URL}/procurements/${row.id}`,
  });
  await enqueueEmail(tx, { ...email, tenantId: row.tenantId, kind: `procurement.${row.status}`, to: found.email });
}
