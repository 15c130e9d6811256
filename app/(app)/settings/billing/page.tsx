import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { auth } from "@/lib/auth/auth";
import { getCurrentOverview } from "@/lib/billing/service";
import { can } from "@/lib/rbac/permissions";
import { BillingOverview } from "./_components/billing-overview";
import { PortalButton } from "./_components/portal-button";
import type { CheckoutReturn } from "./_components/use-checkout-confirmation";

export const metadata: Metadata = { title: "Billing" };

type BillingPageProps = { searchParams: Promise<{ checkout?: string | string[] }> };

function parseCheckout(raw: string | string[] | undefined): CheckoutReturn {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value === "success" || value === "canceled" ? value : null;
}

export default async function BillingPage({ searchParams }: BillingPageProps) {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const { checkout } = await searchParams;
  const overview = await getCurrentOverview(actor);
  const canManage = can(actor.role, "billing.manage");

  return (
    <>
      <PageHeader
        title="Billing"
        description={
          canManage
            ? "Your plan, usage against its limits, payment methods and invoices."
            : "Your organization's plan and usage. Only admins can change the plan or see invoices."
        }
        actions={canManage ? <PortalButton /> : null}
      />
      <BillingOverview initialOverview={overview} canManage={canManage} checkout={canManage ? parseCheckout(checkout) : null} />
    </>
  );
}
