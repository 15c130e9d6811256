import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { StaffTenantRow } from "@/lib/platform/hooks";
import { TenantTableRow } from "./tenant-table-row";

export function TenantTable({ items }: { items: StaffTenantRow[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Organization</TableHead>
          <TableHead>Plan</TableHead>
          <TableHead>Status</TableHead>
          <TableHead className="text-right">Members</TableHead>
          <TableHead className="text-right">MRR</TableHead>
          <TableHead>Created</TableHead>
          <TableHead className="text-right">
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((tenant) => (
          <TenantTableRow key={tenant.id} tenant={tenant} />
        ))}
      </TableBody>
    </Table>
  );
}
