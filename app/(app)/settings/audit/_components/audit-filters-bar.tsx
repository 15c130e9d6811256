"use client";

import { X } from "lucide-react";
import { AUDIT_ACTION_FILTERS } from "@/components/audit/action-labels";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { type AuditFilters, EMPTY_AUDIT_FILTERS } from "@/lib/audit/hooks";
import { useMembers } from "@/lib/tenants/hooks";

type AuditFiltersBarProps = { filters: AuditFilters; onChange: (change: Partial<AuditFilters>) => void };

export function AuditFiltersBar({ filters, onChange }: AuditFiltersBarProps) {
  const members = useMembers();
  const set = (key: keyof AuditFilters) => (value: string) => onChange({ [key]: value });
  const active = Object.values(filters).some((v) => v !== "");

  return (
    <form
      role="search"
      aria-label="Filter the audit log"
      onSubmit={(e) => e.preventDefault()}
      className="grid items-end gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_auto_auto_auto]"
    >
      <div className="grid gap-1.5">
        <Label htmlFor="audit-actor">Actor</Label>
        <Select id="audit-actor" value={filters.actor} onChange={(e) => set("actor")(e.target.value)} disabled={members.isPending}>
          <option value="">Everyone</option>
          {members.data?.map((m) => (
            <option key={m.userId} value={m.userId}>
              {m.name ? `${m.name} (${m.email})` : m.email}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-action">Action</Label>
        <Select id="audit-action" value={filters.action} onChange={(e) => set("action")(e.target.value)}>
          <option value="">All actions</option>
          {AUDIT_ACTION_FILTERS.map((a) => (
            <option key={a.value} value={a.value}>
              {a.label}
            </option>
          ))}
        </Select>
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-from">From</Label>
        <Input
          id="audit-from"
          type="date"
          value={filters.from}
          max={filters.to || undefined}
          onChange={(e) => set("from")(e.target.value)}
        />
      </div>
      <div className="grid gap-1.5">
        <Label htmlFor="audit-to">To</Label>
        <Input id="audit-to" type="date" value={filters.to} min={filters.from || undefined} onChange={(e) => set("to")(e.target.value)} />
      </div>
      <Button type="button" variant="ghost" disabled={!active} onClick={() => onChange(EMPTY_AUDIT_FILTERS)}>
        <X aria-hidden="true" />
        Clear filters
      </Button>
    </form>
  );
}
