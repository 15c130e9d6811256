"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { apiFetch } from "@/lib/http/client";

/** An audit entry as the JSON API returns it (dates as ISO strings). */
export type AuditEntry = {
  id: string;
  action: string;
  resourceType: string;
  resourceId: string | null;
  changes: unknown;
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  createdAt: string;
  actor: { id: string; name: string; email: string } | null;
};

export type AuditPage = { items: AuditEntry[]; nextCursor: string | null };

export type AuditFilters = { actor: string; action: string; from: string; to: string };

export const EMPTY_AUDIT_FILTERS: AuditFilters = { actor: "", action: "", from: "", to: "" };

const AUDIT_PAGE_SIZE = 25;

/** Empty filters are left out: the API treats a present-but-empty value as invalid. */
function auditLogsPath(filters: AuditFilters, cursor: string | null, limit = AUDIT_PAGE_SIZE): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value.trim() !== "") params.set(key, value.trim());
  }
  if (cursor) params.set("cursor", cursor);
  params.set("limit", String(limit));
  return `/api/audit-logs?${params.toString()}`;
}

export function useAuditLogs(filters: AuditFilters, cursor: string | null) {
  return useQuery({
    queryKey: ["audit-logs", filters, cursor],
    queryFn: ({ signal }) => apiFetch<AuditPage>(auditLogsPath(filters, cursor), { signal }),
    placeholderData: keepPreviousData,
  });
}
