"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import { Users } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ErrorState } from "@/components/ui/error-state";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { TableSkeleton } from "@/components/ui/table-skeleton";
import { errorMessage } from "@/lib/http/client";
import type { MemberRow } from "@/lib/tenants/hooks";
import { MemberTableRow } from "./member-table-row";

type MembersCardProps = {
  query: UseQueryResult<MemberRow[]>;
  currentUserId: string;
  ownerUserId: string | null;
  isAdmin: boolean;
};

export function MembersCard({ query, currentUserId, ownerUserId, isAdmin }: MembersCardProps) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Members</CardTitle>
      </CardHeader>
      <CardContent>
        {query.isPending ? <TableSkeleton columns={isAdmin ? 6 : 5} label="Loading members" /> : null}
        {query.isError ? (
          <ErrorState
            title="Could not load members"
            message={errorMessage(query.error)}
            onRetry={() => void query.refetch()}
            retrying={query.isFetching}
          />
        ) : null}
        {query.data && query.data.length === 0 ? <EmptyState icon={Users} title="No members yet" /> : null}
        {query.data && query.data.length > 0 ? (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Email</TableHead>
                <TableHead>Role</TableHead>
                <TableHead>Joined</TableHead>
                <TableHead>Last login</TableHead>
                {isAdmin ? (
                  <TableHead>
                    <span className="sr-only">Actions</span>
                  </TableHead>
                ) : null}
              </TableRow>
            </TableHeader>
            <TableBody>
              {query.data.map((member) => (
                <MemberTableRow
                  key={member.userId}
                  member={member}
                  isAdmin={isAdmin}
                  isSelf={member.userId === currentUserId}
                  isOwner={member.userId === ownerUserId}
                />
              ))}
            </TableBody>
          </Table>
        ) : null}
      </CardContent>
    </Card>
  );
}
