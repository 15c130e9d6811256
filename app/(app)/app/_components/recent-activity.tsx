import { History } from "lucide-react";
import Link from "next/link";
import { describeAuditAction } from "@/components/audit/action-labels";
import { formatDateTime } from "@/components/format/dates";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import type { AuditLogPage } from "@/lib/audit/queries";

export function RecentActivity({ items }: { items: AuditLogPage["items"] }) {
  return (
    <Card className="mt-6">
      <CardHeader className="flex-row items-start justify-between">
        <div className="grid gap-1.5">
          <CardTitle>Recent activity</CardTitle>
          <CardDescription>The latest changes in your organization.</CardDescription>
        </div>
        <Link href="/settings/audit" className="text-sm font-medium text-primary hover:underline">
          Open audit log
        </Link>
      </CardHeader>
      <CardContent>
        {items.length === 0 ? (
          <EmptyState icon={History} title="No activity yet" description="Changes to members and settings appear here." />
        ) : (
          <ul className="divide-y divide-border">
            {items.map((item) => (
              <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3 text-sm">
                <span>
                  <span className="font-medium">{item.actor?.name ?? "System"}</span>{" "}
                  <span className="text-muted-foreground">{describeAuditAction(item.action).toLowerCase()}</span>
                </span>
                <time dateTime={new Date(item.createdAt).toISOString()} className="text-xs text-muted-foreground">
                  {formatDateTime(item.createdAt)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
