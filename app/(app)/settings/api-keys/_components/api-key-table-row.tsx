"use client";

import { BarChart3, X } from "lucide-react";
import { toast } from "sonner";
import { formatDate, formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TableCell, TableRow } from "@/components/ui/table";
import { type ApiKeyItem, useRevokeApiKey } from "@/lib/api-keys/hooks";
import { errorMessage } from "@/lib/http/client";

const STATUS: Record<ApiKeyItem["status"], { label: string; variant: "success" | "secondary" | "destructive" | "warning" }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "secondary" },
  revoked: { label: "Revoked", variant: "destructive" },
  disabled: { label: "Disabled", variant: "warning" },
};

function statusHint(apiKey: ApiKeyItem): string | null {
  if (apiKey.status === "revoked" && apiKey.revocationReason === "member_removed") return "Its creator left the organization";
  if (apiKey.status === "disabled") return "Its creator's role no longer includes API access";
  return null;
}

type ApiKeyTableRowProps = { apiKey: ApiKeyItem; showingUsage: boolean; onToggleUsage: () => void };

export function ApiKeyTableRow({ apiKey, showingUsage, onToggleUsage }: ApiKeyTableRowProps) {
  const revoke = useRevokeApiKey();
  const status = STATUS[apiKey.status];
  const hint = statusHint(apiKey);
  const lost = apiKey.scopes.filter((scope) => !apiKey.grantedScopes.includes(scope));

  async function onRevoke() {
    try {
      await revoke.mutateAsync(apiKey.id);
      toast.success(`“${apiKey.name}” revoked`, { description: "Requests with it are refused from now on." });
    } catch (error) {
      toast.error(`Could not revoke “${apiKey.name}”`, { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <TableRow>
      <TableCell>
        <p className="font-medium">{apiKey.name}</p>
        <p className="font-mono text-xs text-muted-foreground">{apiKey.prefix}…</p>
      </TableCell>
      <TableCell>
        <div className="flex min-w-40 flex-wrap gap-1">
          {apiKey.scopes.map((scope) => (
            <Badge
              key={scope}
              variant={lost.includes(scope) ? "outline" : "secondary"}
              className={lost.includes(scope) ? "line-through" : undefined}
            >
              {scope}
            </Badge>
          ))}
        </div>
        {lost.length > 0 ? <p className="mt-1 text-xs text-muted-foreground">Struck out: beyond its creator&apos;s role now</p> : null}
      </TableCell>
      <TableCell className="text-muted-foreground">
        <p className="whitespace-nowrap">{formatDate(apiKey.createdAt)}</p>
        {apiKey.createdBy ? <p className="text-xs">by {apiKey.createdBy.name}</p> : null}
      </TableCell>
      <TableCell className="min-w-28 text-muted-foreground">{formatDateTime(apiKey.lastUsedAt, "Never")}</TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(apiKey.expiresAt, "Never")}</TableCell>
      <TableCell>
        <Badge variant={status.variant}>{status.label}</Badge>
        {hint ? <p className="mt-1 max-w-40 text-xs text-muted-foreground">{hint}</p> : null}
      </TableCell>
      <TableCell>
        <div className="flex justify-end gap-1">
          <Button variant="outline" size="sm" aria-pressed={showingUsage} aria-label={`Usage of ${apiKey.name}`} onClick={onToggleUsage}>
            <BarChart3 aria-hidden="true" />
            Usage
          </Button>
          {apiKey.status === "revoked" ? null : (
            <ConfirmDialog
              title={`Revoke “${apiKey.name}”?`}
              description={
                <p>
                  Requests with <span className="font-mono">{apiKey.prefix}…</span> are refused from the next one on. This cannot be undone:
                  a system that still needs access gets a new key.
                </p>
              }
              confirmLabel="Revoke key"
              onConfirm={onRevoke}
              trigger={
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={`Revoke ${apiKey.name}`}
                  className="text-muted-foreground hover:text-destructive"
                >
                  <X aria-hidden="true" />
                  Revoke
                </Button>
              }
            />
          )}
        </div>
      </TableCell>
    </TableRow>
  );
}
