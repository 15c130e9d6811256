import { eq } from "drizzle-orm";
import type { z } from "zod";
import { tenants } from "@/db/schema";
import { withSystemTx } from "@/db/tenant";
import { listInvoices, listPlanChanges } from "@/lib/billing/queries";
import { listUsageMeters } from "@/lib/billing/usage";
import { countConfigurationsCreatedSince } from "@/lib/configurations/queries";
import { AppError } from "@/lib/http/errors";
import { countProcurementsByStatus } from "@/lib/procurement/queries";
import { countMembers } from "@/lib/tenants/queries";
import type { staffTenantDetailSchema } from "./response-schemas";

const INVOICES_SHOWN = 24;

/**
 * GET /api/admin/tenants/:id: one organization as staff see it — members, plan history (its MRR
 * movements), latest invoices and usage. Cross-tenant by nature, so the system role; 404 when
 * no such organization exists.
 */
export async function getTenantDetailForStaff(id: string, now = new Date()): Promise<z.input<typeof staffTenantDetailSchema>> {
  return withSystemTx(async (tx) => {
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, id));
    if (!tenant) throw new AppError("not_found", "Organization not found");
    const [members, planChanges, invoices, usage, configurationsTotal, procurements] = await Promise.all([
      countMembers(tx, id),
      listPlanChanges(tx, id),
      listInvoices(tx, id, { limit: INVOICES_SHOWN }),
      listUsageMeters(tx, id, tenant.plan, now),
      countConfigurationsCreatedSince(tx, id, new Date(0)),
      countProcurementsByStatus(tx, id),
    ]);
    return {
      id: tenant.id,
      name: tenant.name,
      slug: tenant.slug,
      plan: tenant.plan,
      status: tenant.subscriptionStatus,
      trialEndsAt: tenant.trialEndsAt?.toISOString() ?? null,
      billingEmail: tenant.billingEmail,
      hasStripeCustomer: tenant.stripeCustomerId !== null,
      createdAt: tenant.createdAt.toISOString(),
      members,
      planChanges,
      invoices: invoices.items,
      moreInvoices: invoices.nextCursor !== null,
      usage,
      configurationsTotal,
      procurements,
    };
  });
}
