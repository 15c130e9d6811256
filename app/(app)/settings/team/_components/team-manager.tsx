"use client";

import { formatLimit, UNLIMITED } from "@/lib/billing/plans";
import { useInvitations, useMembers } from "@/lib/tenants/hooks";
import { InvitationsCard } from "./invitations-card";
import { InviteDialog } from "./invite-dialog";
import { MembersCard } from "./members-card";

type TeamManagerProps = {
  currentUserId: string;
  ownerUserId: string | null;
  isAdmin: boolean;
  seatLimit: number;
  planName: string;
};

function SeatUsage({ used, pending, limit, planName }: { used: number; pending: number; limit: number; planName: string }) {
  if (limit === UNLIMITED) {
    return (
      <p className="text-sm text-muted-foreground">
        {used} seats used · unlimited on {planName}
      </p>
    );
  }
  return (
    <p className="text-sm text-muted-foreground">
      <span className="font-medium text-foreground">
        {used} of {formatLimit(limit)} seats used
      </span>
      {pending > 0 ? ` · includes ${pending} pending ${pending === 1 ? "invitation" : "invitations"}` : null} · {planName} plan
    </p>
  );
}

export function TeamManager({ currentUserId, ownerUserId, isAdmin, seatLimit, planName }: TeamManagerProps) {
  const members = useMembers();
  const invitations = useInvitations(isAdmin);
  const pending = isAdmin ? (invitations.data?.length ?? 0) : 0;

  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        {members.data ? (
          <SeatUsage used={members.data.length + pending} pending={pending} limit={seatLimit} planName={planName} />
        ) : (
          <span />
        )}
        {isAdmin ? <InviteDialog /> : null}
      </div>
      <MembersCard query={members} currentUserId={currentUserId} ownerUserId={ownerUserId} isAdmin={isAdmin} />
      {isAdmin ? <InvitationsCard query={invitations} /> : null}
    </div>
  );
}
