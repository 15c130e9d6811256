import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { formatBillingDate, STATUS_BADGE, STATUS_LABELS } from "@/components/format/subscription";
import { PageHeader } from "@/components/layout/page-header";
import { StaffNav } from "@/components/platform/staff-nav";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { auth } from "@/lib/auth/auth";
import { PLANS } from "@/lib/billing/plans";
import { AppError } from "@/lib/http/errors";
import { tenantParamsSchema } from "@/lib/platform/schemas";
import { getTenantDetailForStaff } from "@/lib/platform/tenant-detail";
import { StaffTenantInvoices } from "./_components/staff-tenant-invoices";
import { StaffTenantPlanHistory } from "./_components/staff-tenant-plan-history";
import { StaffTenantUsage } from "./_components/staff-tenant-usage";

export const metadata: Metadata = { title: "Organization" };

async function loadTenant(id: string) {
  try {
    return await getTenantDetailForStaff(id);
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function StaffTenantPage({ params }: { params: Promise<{ id: string }> }) {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  // Staff pages do not exist for anyone else.
  if (!actor.isStaff) notFound();
  const parsed = tenantParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  const tenant = await loadTenant(parsed.data.id);

  return (
    <>
      <PageHeader
        title={tenant.name}
        description={`${tenant.slug} · on AeroSpec since ${formatBillingDate(tenant.createdAt)}`}
        actions={
          <Link href="/staff/tenants" className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            All organizations
          </Link>
        }
      />
      <StaffNav active="tenants" />
      <div className="grid gap-6 lg:grid-cols-3">
        <Card>
          <CardHeader>
            <CardDescription>Plan</CardDescription>
            <CardTitle className="flex flex-wrap items-center gap-2 text-2xl">
              {PLANS[tenant.plan].name}
              <Badge variant={STATUS_BADGE[tenant.status]}>{STATUS_LABELS[tenant.status]}</Badge>
            </CardTitle>
          </CardHeader>
          <CardContent className="grid gap-1 text-sm text-muted-foreground">
            {tenant.status === "trialing" && tenant.trialEndsAt ? <p>Trial ends {formatBillingDate(tenant.trialEndsAt)}.</p> : null}
            <p>Billing email: {tenant.billingEmail ?? "not set"}</p>
            <p>{tenant.hasStripeCustomer ? "Has a Stripe customer." : "No Stripe customer yet (never went to checkout)."}</p>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Members</CardDescription>
            <CardTitle className="text-2xl tabular-nums" aria-label={`${tenant.members} members`}>
              {tenant.members.toLocaleString("en-US")}
            </CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">
            {PLANS[tenant.plan].limits.max_users === -1
              ? "Unlimited seats on this plan."
              : `${PLANS[tenant.plan].limits.max_users} seats on this plan.`}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>Activity</CardDescription>
            <CardTitle className="text-2xl tabular-nums">{tenant.configurationsTotal.toLocaleString("en-US")} configurations</CardTitle>
          </CardHeader>
          <CardContent className="text-sm text-muted-foreground">
            {tenant.procurements.total.toLocaleString("en-US")} procurement{tenant.procurements.total === 1 ? "" : "s"}
            {tenant.procurements.byStatus.received ? `, ${tenant.procurements.byStatus.received} received` : ""}.
          </CardContent>
        </Card>
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <StaffTenantUsage usage={tenant.usage} planName={PLANS[tenant.plan].name} />
        <StaffTenantPlanHistory changes={tenant.planChanges} createdAt={tenant.createdAt} />
      </div>
      <div className="mt-6">
        <StaffTenantInvoices invoices={tenant.invoices} more={tenant.moreInvoices} />
      </div>
    </>
  );
}
