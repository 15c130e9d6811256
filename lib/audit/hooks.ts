"use client";

import { listPath } from "@/lib/http/client";
import { useKeysetList } from "@/lib/http/hooks";
import type { Serialized } from "@/lib/http/serialized";
import type { AuditLogPage } from "./queries";

// The JSON the audit API returns, typed from the query that reads it.
type AuditPage = Serialized<AuditLogPage>;
export type AuditEntry = AuditPage["items"][number];

export type AuditFilters = { actor: string; action: string; from: string; to: string };

export const EMPTY_AUDIT_FILTERS: AuditFilters = { actor: "", action: "", from: "", to: "" };

const AUDIT_PAGE_SIZE = 25;

const auditKeys = {
  list: (filters: AuditFilters) => ["audit-logs", "list", filters] as const,
};

export function useAuditLogs(filters: AuditFilters) {
  return useKeysetList<AuditPage>({
    queryKey: auditKeys.list(filters),
    path: (cursor) => listPath("/api/audit-logs", filters, cursor, AUDIT_PAGE_SIZE),
  });
}
