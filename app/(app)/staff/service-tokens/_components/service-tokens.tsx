"use client";

import { KeyRound, X } from "lucide-react";
import { toast } from "sonner";
import { formatDate, formatDateTime } from "@/components/format/dates";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { STICKY_FIRST_COLUMN, Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/http/client";
import { type ServiceTokenItem, useRevokeServiceToken, useServiceTokens } from "@/lib/ml/hooks";
import { CreateServiceTokenDialog } from "./create-service-token-dialog";

function statusOf(token: ServiceTokenItem) {
  if (token.revokedAt) return { label: "Revoked", variant: "destructive" } as const;
  if (token.expiresAt && Date.parse(token.expiresAt) <= Date.now()) return { label: "Expired", variant: "secondary" } as const;
  return { label: "Active", variant: "success" } as const;
}

function RevokeButton({ token }: { token: ServiceTokenItem }) {
  const revoke = useRevokeServiceToken();
  async function onRevoke() {
    try {
      await revoke.mutateAsync(token.id);
      toast.success(`“${token.name}” revoked`, { description: "Requests with it are refused from now on." });
    } catch (error) {
      toast.error(`Could not revoke “${token.name}”`, { description: errorMessage(error) });
      throw error;
    }
  }
  return (
    <ConfirmDialog
      title={`Revoke “${token.name}”?`}
      description={
        <p>
          Requests with <span className="font-mono">{token.prefix}…</span> are refused from the next one on. This cannot be undone: the
          service then needs a new token.
        </p>
      }
      confirmLabel="Revoke token"
      onConfirm={onRevoke}
      trigger={
        <Button variant="ghost" size="sm" aria-label={`Revoke ${token.name}`} className="text-muted-foreground hover:text-destructive">
          <X aria-hidden="true" />
          Revoke
        </Button>
      }
    />
  );
}

/** Staff: every service token, a way to make one (shown once) and to revoke one. */
export function ServiceTokens({ initialTokens }: { initialTokens: ServiceTokenItem[] }) {
  const tokens = useServiceTokens(initialTokens);
  const items = tokens.data ?? [];
  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-4">
        <div className="grid gap-1">
          <CardTitle>Tokens</CardTitle>
          <CardDescription>
            A service token opens only the machine endpoints its scopes name (GET /api/ml/training-data), never a member&apos;s or staff
            page. AeroSpec keeps only its hash.
          </CardDescription>
        </div>
        <CreateServiceTokenDialog />
      </CardHeader>
      <CardContent>
        {tokens.isError ? (
          <Alert variant="destructive" role="alert">
            <p>Could not load the tokens: {errorMessage(tokens.error)}</p>
          </Alert>
        ) : null}
        {items.length === 0 ? (
          <EmptyState icon={KeyRound} title="No service tokens" description="Create one for a service that reads the training data." />
        ) : (
          <Table aria-label="Service tokens">
            <TableHeader>
              <TableRow>
                <TableHead className={STICKY_FIRST_COLUMN}>Name</TableHead>
                <TableHead>Scopes</TableHead>
                <TableHead>Created</TableHead>
                <TableHead>Last used</TableHead>
                <TableHead>Expires</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((token) => {
                const status = statusOf(token);
                return (
                  <TableRow key={token.id}>
                    <TableCell className={STICKY_FIRST_COLUMN}>
                      <p className="font-medium">{token.name}</p>
                      <p className="font-mono text-xs text-muted-foreground">{token.prefix}…</p>
                    </TableCell>
                    <TableCell>
                      <div className="flex min-w-40 flex-wrap gap-1">
                        {token.scopes.map((scope) => (
                          <Badge key={scope} variant="secondary">
                            {scope}
                          </Badge>
                        ))}
                      </div>
                    </TableCell>
                    <TableCell className="text-muted-foreground">
                      <p className="whitespace-nowrap">{formatDate(token.createdAt)}</p>
                      {token.createdBy ? <p className="text-xs">by {token.createdBy.name}</p> : null}
                    </TableCell>
                    <TableCell className="min-w-28 text-muted-foreground">{formatDateTime(token.lastUsedAt, "Never")}</TableCell>
                    <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(token.expiresAt, "Never")}</TableCell>
                    <TableCell>
                      <Badge variant={status.variant}>{status.label}</Badge>
                    </TableCell>
                    <TableCell>
                      <div className="flex justify-end">{token.revokedAt ? null : <RevokeButton token={token} />}</div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
