"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { MailOpen } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import type { InvitationRow } from "@/lib/tenants/hooks";
import { InvitationTableRow } from "./invitation-table-row";

export function InvitationsCard({ query }: { query: UseQueryResult<InvitationRow[]> }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Pending invitations</CardTitle>
        <CardDescription>Each pending invitation holds a seat until it is accepted, revoked or expires.</CardDescription>
      </CardHeader>
      <CardContent>
        {query.isPending ? <TableSkeleton columns={5} rows={2} label="Loading invitations" /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load invitations"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {query.data && query.data.length === 0 ? (
          <EmptyState
            icon={MailOpen}
            title="No pending invitations"
            description="Invite a colleague and their invitation shows up here until they join."
          />
        ) : null}
        {query.data && query.data.length > 0 ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Invited by</TableHead>
                <TableHead>Sent</TableHead>
                <TableHead>Expires</TableHead>
                <TableHead>
                  <span className="sr-only">Actions</span>
                </TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.map((invitation) => (
                <InvitationTableRow key={invitation.id} invitation={invitation} />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
}
