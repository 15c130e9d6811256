"use client";

import { Trash2 } from "lucide-react";
import { toast } from "sonner";
import { formatDate, formatDateTime } from "@/components/format/dates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Select } from "@/components/ui/select";
import { TableCell, TableRow } from "@/components/ui/table";
import { errorMessage } from "@/lib/http/client";
import { isRole } from "@/lib/rbac/permissions";
import { type MemberRow, useChangeRole, useRemoveMember } from "@/lib/tenants/hooks";
import { ROLE_OPTIONS } from "./roles";

type MemberTableRowProps = { member: MemberRow; isAdmin: boolean; isSelf: boolean; isOwner: boolean };

export function MemberTableRow({ member, isAdmin, isSelf, isOwner }: MemberTableRowProps) {
  const changeRole = useChangeRole();
  const removeMember = useRemoveMember();
  const display = member.name || member.email;
  const locked = isOwner || isSelf;
  const lockedReason = isOwner ? "The owner's role cannot be changed" : "You cannot change your own role";
  const shownRole = changeRole.isPending && changeRole.variables ? changeRole.variables.role : member.role;

  function onRoleChange(value: string) {
    if (!isRole(value) || value === member.role) return;
    changeRole.mutate(
      { userId: member.userId, role: value },
      {
        onSuccess: () => toast.success(`${display} is now ${value === "admin" ? "an admin" : `a ${value}`}`),
        onError: (error) => toast.error(`Could not change ${display}'s role`, { description: errorMessage(error) }),
      },
    );
  }

  async function remove() {
    try {
      await removeMember.mutateAsync(member.userId);
      toast.success(`${display} was removed`);
    } catch (error) {
      toast.error(`Could not remove ${display}`, { description: errorMessage(error) });
      throw error;
    }
  }

  return (
    <TableRow>
      <TableCell className="font-medium">
        <span className="flex flex-wrap items-center gap-2">
          {member.name}
          {isOwner ? <Badge variant="outline">Owner</Badge> : null}
          {isSelf ? <Badge variant="secondary">You</Badge> : null}
        </span>
      </TableCell>
      <TableCell className="text-muted-foreground">{member.email}</TableCell>
      <TableCell>
        {isAdmin ? (
          <Select
            aria-label={`Role for ${member.email}`}
            title={locked ? lockedReason : undefined}
            value={shownRole}
            disabled={locked || changeRole.isPending}
            onChange={(e) => onRoleChange(e.target.value)}
            className="w-28"
          >
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </Select>
        ) : (
          <Badge variant="secondary" className="capitalize">
            {member.role}
          </Badge>
        )}
      </TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">{formatDate(member.joinedAt)}</TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">{formatDateTime(member.lastLoginAt, "Never")}</TableCell>
      {isAdmin ? (
        <TableCell className="text-right">
          <ConfirmDialog
            title={`Remove ${display}?`}
            description="They lose access immediately."
            confirmLabel="Remove member"
            onConfirm={remove}
            trigger={
              <Button
                variant="ghost"
                size="icon"
                aria-label={`Remove ${member.email}`}
                title={locked ? (isOwner ? "The owner cannot be removed" : "You cannot remove yourself") : undefined}
                disabled={locked}
                className="text-muted-foreground hover:text-destructive"
              >
                <Trash2 aria-hidden="true" />
              </Button>
            }
          />
        </TableCell>
      ) : null}
    </TableRow>
  );
}
