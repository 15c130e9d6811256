import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { configurations, memberships, users } from "@/db/schema";
import { withTenantTx } from "@/db/tenant";
import { recordAudit } from "@/lib/audit/service";
import { type ActorContext, auditContext } from "@/lib/auth/actor";
import { decimalToCents, formatMoney } from "@/lib/billing/money";
import { enqueueEmail } from "@/lib/email/outbox";
import { approvalRequestEmail } from "@/lib/email/templates";
import { AppError } from "@/lib/http/errors";
import { appLink } from "@/lib/http/request";
import { assertProcurementAccess } from "./access";
import { moveTo } from "./events";
import { notifyOrderer } from "./notifications";
import type { ProcurementRow } from "./present";
import type { ApprovalDecisionInput, ApprovalRequestInput } from "./schemas";
import { getApprovalThresholdCents, loadProcurement, type ProcurementDetail, readProcurement } from "./service";

/** Tells the organization's admins that an order waits for them. */
async function notifyAdmins(tx: Tx, ctx: ActorContext, row: ProcurementRow, note: string | null): Promise<void> {
  const admins = await tx
    .select({ email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, row.tenantId), eq(memberships.role, "admin")));
  const [configuration] = await tx
    .select({ name: configurations.name })
    .from(configurations)
    .where(and(eq(configurations.tenantId, row.tenantId), eq(configurations.id, row.configurationId)));
  const email = approvalRequestEmail({
    requesterName: ctx.actor.name,
    total: formatMoney(decimalToCents(row.total), row.currency),
    configurationName: configuration?.name ?? "a configuration",
    note,
    url: appLink(ctx.meta, `/procurements/${row.id}`),
  });
  for (const admin of admins) {
    await enqueueEmail(tx, { ...email, tenantId: row.tenantId, kind: "procurement.approval_request", to: admin.email });
  }
}

/** A member sends a draft above the organization's threshold to its admins for approval. */
export async function requestApproval(ctx: ActorContext, id: string, input: ApprovalRequestInput): Promise<ProcurementDetail> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const row = await loadProcurement(tx, tenantId, id, { forUpdate: true });
    assertProcurementAccess(ctx.actor, row, "edit");
    const threshold = await getApprovalThresholdCents(tx, tenantId);
    if (threshold === null || decimalToCents(row.total) <= threshold || ctx.actor.role === "admin") {
      throw new AppError("conflict", "This order needs no approval: check it out directly");
    }
    if (!row.selectedSupplier) throw new AppError("conflict", "Choose a supplier's quote first, so the admin approves the real total");
    const moved = await moveTo(tx, row, "pending_approval", { source: "member", actorUserId: userId, note: input.note ?? null });
    await recordAudit(tx, auditContext(ctx), {
      action: "procurement.approval_request",
      resourceType: "procurement",
      resourceId: id,
      changes: { total: row.total, note: input.note ?? null },
    });
    await notifyAdmins(tx, ctx, moved, input.note ?? null);
    return readProcurement(tx, ctx, moved);
  });
}

/** An admin approves (the member can then pay) or rejects (back to draft, with the reason) an order. */
export async function decideApproval(ctx: ActorContext, id: string, input: ApprovalDecisionInput): Promise<ProcurementDetail> {
  const { tenantId, userId } = ctx.actor;
  return withTenantTx(tenantId, async (tx) => {
    const row = await loadProcurement(tx, tenantId, id, { forUpdate: true });
    assertProcurementAccess(ctx.actor, row, "decide");
    if (row.status !== "pending_approval") throw new AppError("conflict", "This order is not waiting for approval");
    const approve = input.decision === "approve";
    const moved = await moveTo(
      tx,
      row,
      approve ? "approved" : "draft",
      { source: "member", actorUserId: userId, note: input.note ?? (approve ? "Approved" : null) },
      { decidedByUserId: userId, decidedAt: new Date(), decisionNote: input.note ?? null },
    );
    await recordAudit(tx, auditContext(ctx), {
      action: approve ? "procurement.approve" : "procurement.reject",
      resourceType: "procurement",
      resourceId: id,
      changes: { total: row.total, note: input.note ?? null },
    });
    await notifyOrderer(tx, moved, input.note ? [`${ctx.actor.name}: ${input.note}`] : []);
    return readProcurement(tx, ctx, moved);
  });
}
