"use client";

import { ChevronDown, ChevronRight } from "lucide-react";
import Link from "next/link";
import { Fragment, useState } from "react";
import { describeAuditAction } from "@/components/audit/action-labels";
import { formatDateTime } from "@/components/format/dates";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { AuditEntry } from "@/lib/audit/hooks";
import { AuditEntryDetails } from "./audit-entry-details";

const RESOURCE_LABELS: Record<string, string> = {
  configuration: "Configuration",
  fluid: "Custom fluid",
  procurement: "Order",
  invitation: "Invitation",
  tenant: "Organization",
  user: "Person",
  session: "Session",
  billing: "Billing",
};

const PAGES: Partial<Record<string, string>> = { configuration: "/configurations", procurement: "/procurements" };

/** The kind of object, linked where it has a page of its own. */
function ResourceCell({ type, id }: { type: string; id: string }) {
  const label = RESOURCE_LABELS[type] ?? type;
  const page = PAGES[type];
  if (page) {
    return (
      <Link href={`${page}/${encodeURIComponent(id)}`} className="text-primary underline-offset-2 hover:underline">
        {label}
      </Link>
    );
  }
  return <span>{label}</span>;
}

export function AuditTable({ items }: { items: AuditEntry[] }) {
  const [expanded, setExpanded] = useState<Set<string>>(() => new Set());

  function toggle(id: string) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>When</TableHead>
          <TableHead>Actor</TableHead>
          <TableHead>Action</TableHead>
          <TableHead>Resource</TableHead>
          <TableHead>
            <span className="sr-only">Details</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((item) => {
          const open = expanded.has(item.id);
          const detailsId = `audit-details-${item.id}`;
          return (
            <Fragment key={item.id}>
              <TableRow>
                <TableCell className="whitespace-nowrap text-muted-foreground">
                  <time dateTime={item.createdAt}>{formatDateTime(item.createdAt)}</time>
                </TableCell>
                <TableCell>
                  {item.actor ? (
                    <span className="grid">
                      <span className="font-medium">{item.actor.name}</span>
                      <span className="text-xs text-muted-foreground">{item.actor.email}</span>
                    </span>
                  ) : (
                    <span className="text-muted-foreground">System</span>
                  )}
                </TableCell>
                <TableCell>
                  <span className="grid">
                    <span>{describeAuditAction(item.action)}</span>
                    <code className="font-mono text-xs text-muted-foreground">{item.action}</code>
                  </span>
                </TableCell>
                <TableCell className="text-muted-foreground">
                  <ResourceCell type={item.resourceType} id={item.resourceId} />
                </TableCell>
                <TableCell className="text-right">
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-expanded={open}
                    aria-controls={open ? detailsId : undefined}
                    onClick={() => toggle(item.id)}
                  >
                    {open ? <ChevronDown aria-hidden="true" /> : <ChevronRight aria-hidden="true" />}
                    Details
                  </Button>
                </TableCell>
              </TableRow>
              {open ? (
                <TableRow className="bg-muted/30 hover:bg-muted/30">
                  <TableCell colSpan={5} id={detailsId}>
                    <AuditEntryDetails entry={item} />
                  </TableCell>
                </TableRow>
              ) : null}
            </Fragment>
          );
        })}
      </TableBody>
    </Table>
  );
}
