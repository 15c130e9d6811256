import { and, eq, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { procurementEvents, procurements } from "@/db/schema";
import type { ProcurementStatus } from "@/db/schema/enums";
import { AppError } from "@/lib/http/errors";
import { enqueueWebhookEvent } from "@/lib/webhooks/enqueue";
import type { ProcurementRow } from "./present";
import { assertTransition, describeStatus } from "./status";

/** Who moved an order: a member, the supplier (callbacks, polling), the payment (Stripe) or AeroSpec itself. */
type EventSource = "member" | "supplier" | "payment" | "system";

export type NewEvent = {
  from: ProcurementStatus | null;
  to: ProcurementStatus;
  source: EventSource;
  actorUserId?: string | null;
  note?: string | null;
  data?: Record<string, unknown>;
};

/** Appends to the order's timeline, in the caller's transaction. */
export async function recordEvent(tx: Tx, tenantId: string, procurementId: string, event: NewEvent): Promise<void> {
  await tx.insert(procurementEvents).values({
    tenantId,
    procurementId,
    fromStatus: event.from,
    toStatus: event.to,
    source: event.source,
    actorUserId: event.actorUserId ?? null,
    note: event.note ?? null,
    data: event.data ?? {},
  });
}

/**
 * Moves an order along the state machine and writes the step to its timeline. The update is
 * conditional on the state the caller read, so of two concurrent moves from one state exactly
 * one happens; the other gets a 409.
 */
export async function moveTo(
  tx: Tx,
  row: ProcurementRow,
  to: ProcurementStatus,
  event: Omit<NewEvent, "from" | "to">,
  set: Partial<typeof procurements.$inferInsert> = {},
): Promise<ProcurementRow> {
  assertTransition(row.status, to);
  const [moved] = await tx
    .update(procurements)
    .set({ ...set, status: to, version: sql`${procurements.version} + 1` })
    .where(and(eq(procurements.tenantId, row.tenantId), eq(procurements.id, row.id), eq(procurements.status, row.status)))
    .returning();
  if (!moved) throw new AppError("conflict", `The order is no longer ${describeStatus(row.status)}: reload it to see what changed`);
  await recordEvent(tx, row.tenantId, row.id, { ...event, from: row.status, to });
  await enqueueWebhookEvent(tx, row.tenantId, "procurement.status_changed", {
    id: moved.id,
    status: moved.status,
    updated_at: moved.updatedAt.toISOString(),
  });
  return moved;
}
