"use client";

import { Send, X } from "lucide-react";
import { toast } from "sonner";
import { formatDate, formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { TableCell, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/http/client";
import { type InvitationRow, useResendInvitation, useRevokeInvitation } from "@/lib/tenants/hooks";

export function InvitationTableRow({ invitation }: { invitation: InvitationRow }) {
  const resend = useResendInvitation();
  const revoke = useRevokeInvitation();

  function onResend() {
    resend.mutate(invitation.id, {
      onSuccess: () => toast.success(`Invitation resent to ${invitation.email}`, { description: "The previous link no longer works." }),
      onError: (error) => toast.error(`Could not resend to ${invitation.email}`, { description: errorMessage(error) }),
    });
  }

  async function onRevoke() {
    try {
      await revoke.mutateAsync(invitation.id);
      toast.success(`Invitation for ${invitation.email} revoked`);
    } catch (error) {
      toast.error(`Could not revoke the invitation for ${invitation.email}`, { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <TableRow>
      <TableCell className="font-medium">{invitation.email}</TableCell>
      <TableCell>
        <Badge variant="secondary" className="capitalize">
          {invitation.role}
        </Badge>
      </TableCell>
      <TableCell className="text-muted-foreground">{invitation.invitedBy ?? "—"}</TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">
        {formatDateTime(invitation.lastSentAt ?? invitation.createdAt)}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(invitation.expiresAt)}</TableCell>
      <TableCell>
        <div className="flex justify-end gap-1">
          <Button
            variant="outline"
            size="sm"
            onClick={onResend}
            loading={resend.isPending}
            aria-label={`Resend invitation to ${invitation.email}`}
          >
            {resend.isPending ? null : <Send aria-hidden="true" />}
            Resend
          </Button>
          <ConfirmDialog
            title={`Revoke the invitation for ${invitation.email}?`}
            description="The link in their email stops working and the seat is freed."
            confirmLabel="Revoke invitation"
            onConfirm={onRevoke}
            trigger={
              <Button
                variant="ghost"
                size="sm"
                aria-label={`Revoke invitation for ${invitation.email}`}
                className="text-muted-foreground hover:text-destructive"
              >
                <X aria-hidden="true" />
                Revoke
              </Button>
            }
          />
        </div>
      </TableCell>
    </TableRow>
  );
}
