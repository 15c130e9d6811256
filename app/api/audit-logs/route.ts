import { listAuditLogs } from "@/lib/audit/queries";
import { auditLogPageSchema } from "@/lib/audit/response-schemas";
import { listAuditLogsSchema } from "@/lib/audit/schemas";
import { withTenant } from "@/lib/http/route";

export const dynamic = "force-dynamic";

// GET /api/audit-logs — the tenant's audit trail, newest first; filters by actor, action, dates
export const GET = withTenant(
  { permission: "audit.read", query: listAuditLogsSchema, transaction: true, response: auditLogPageSchema },
  async ({ actor, query, tx }) => listAuditLogs(tx, actor.tenantId, query),
);
