"use client";

import { Check, ChevronsUpDown } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { apiFetch, errorMessage } from "@/lib/http/client";
import type { Role } from "@/lib/rbac/permissions";

export type TenantOption = { tenantId: string; name: string; slug: string; role: Role };

type TenantSwitcherProps = { tenants: TenantOption[]; activeTenantId: string; activeTenantName: string };

function initials(name: string): string {
  return (
    name
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w[0]?.toUpperCase() ?? "")
      .join("") || "?"
  );
}

export function TenantSwitcher({ tenants, activeTenantId, activeTenantName }: TenantSwitcherProps) {
  const [switching, setSwitching] = useState(false);

  async function switchTo(tenant: TenantOption) {
    if (tenant.tenantId === activeTenantId) return;
    setSwitching(true);
    try {
      await apiFetch("/api/auth/switch-tenant", { method: "POST", body: { tenantId: tenant.tenantId } });
      window.location.assign("/app");
    } catch (error) {
      setSwitching(false);
      toast.error(`Could not switch to ${tenant.name}`, { description: errorMessage(error) });
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        disabled={switching}
        aria-label={`Organization: ${activeTenantName}. Switch organization`}
        className="flex w-full items-center gap-3 rounded-lg border border-border bg-background p-2 text-left text-sm shadow-sm hover:bg-muted focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-60"
      >
        <span className="flex size-8 shrink-0 items-center justify-center rounded-md bg-primary text-xs font-semibold text-primary-foreground">
          {initials(activeTenantName)}
        </span>
        <span className="min-w-0 flex-1 truncate font-medium">{switching ? "Switching…" : activeTenantName}</span>
        <ChevronsUpDown className="size-4 text-muted-foreground" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel className="text-xs text-muted-foreground">Your organizations</DropdownMenuLabel>
        <DropdownMenuSeparator />
        {tenants.map((tenant) => (
          <DropdownMenuItem key={tenant.tenantId} onSelect={() => void switchTo(tenant)}>
            <span className="min-w-0 flex-1 truncate">{tenant.name}</span>
            <Badge variant="secondary" className="capitalize">
              {tenant.role}
            </Badge>
            {tenant.tenantId === activeTenantId ? (
              <Check className="text-primary" aria-label="Current organization" />
            ) : (
              <span className="size-4" aria-hidden="true" />
            )}
          </DropdownMenuItem>
        ))}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
