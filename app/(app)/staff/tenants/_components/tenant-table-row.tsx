import Link from "next/link";
import { formatBillingDate, STATUS_BADGE, STATUS_LABELS } from "@/components/format/subscription";
import { Badge } from "@/components/ui/badge";
import { TableCell, TableRow } from "@/components/ui/table";
import { formatMoney } from "@/lib/billing/money";
import { PLANS } from "@/lib/billing/plans";
import { hasEnterpriseAgreement } from "@/lib/billing/predicates";
import type { StaffTenantRow } from "@/lib/platform/hooks";
import { EndEnterpriseDialog } from "./end-enterprise-dialog";
import { EnterprisePriceDialog } from "./enterprise-price-dialog";

export function TenantTableRow({ tenant }: { tenant: StaffTenantRow }) {
  const enterprise = hasEnterpriseAgreement(tenant);
  return (
    <TableRow>
      <TableCell>
        <Link
          href={`/staff/tenants/${tenant.id}`}
          className="block font-medium underline-offset-4 hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {tenant.name}
        </Link>
        <span className="block text-xs text-muted-foreground">{tenant.slug}</span>
      </TableCell>
      <TableCell>{PLANS[tenant.plan].name}</TableCell>
      <TableCell>
        <Badge variant={STATUS_BADGE[tenant.status]}>{STATUS_LABELS[tenant.status]}</Badge>
        {tenant.status === "trialing" && tenant.trialEndsAt ? (
          <span className="mt-1 block whitespace-nowrap text-xs text-muted-foreground">Ends {formatBillingDate(tenant.trialEndsAt)}</span>
        ) : null}
      </TableCell>
      <TableCell className="text-right tabular-nums">{tenant.members.toLocaleString("en-US")}</TableCell>
      <TableCell className="whitespace-nowrap text-right tabular-nums">{formatMoney(tenant.mrrCents)}</TableCell>
      <TableCell className="whitespace-nowrap text-muted-foreground">{formatBillingDate(tenant.createdAt)}</TableCell>
      <TableCell>
        <div className="flex justify-end gap-2">
          <EnterprisePriceDialog tenant={tenant} currentPriceCents={enterprise ? tenant.mrrCents : null} />
          {enterprise ? <EndEnterpriseDialog tenant={tenant} /> : null}
        </div>
      </TableCell>
    </TableRow>
  );
}
