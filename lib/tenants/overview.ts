import { withTenantTx } from "@/db/tenant";
import { listAuditLogs } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { countConfigurationsCreatedSince } from "@/lib/configurations/queries";
import { can } from "@/lib/rbac/permissions";
import { countMembers, getTenant } from "./queries";

const RECENT_ACTIVITY = 5;

/** What the overview page shows a member: the tenant, its seat count and, for whoever may read the audit log, recent activity. */
export async function getTenantOverview(actor: Pick<Actor, "tenantId" | "role">) {
  return withTenantTx(actor.tenantId, async (tx) => ({
    tenant: await getTenant(tx, actor.tenantId),
    memberCount: await countMembers(tx, actor.tenantId),
    // Ever created (archived ones included): what the first step of the checklist asks for.
    configurationCount: await countConfigurationsCreatedSince(tx, actor.tenantId, new Date(0)),
    activity: can(actor.role, "audit.read") ? await listAuditLogs(tx, actor.tenantId, { limit: RECENT_ACTIVITY }) : null,
  }));
}
