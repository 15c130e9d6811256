import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { auth } from "@/lib/auth/auth";
import { presentTenant } from "@/lib/tenants/present";
import { getMemberTenant } from "@/lib/tenants/queries";
import { ApprovalThresholdForm } from "./_components/approval-threshold-form";
import { DangerZone } from "./_components/danger-zone";
import { OrganizationDetails } from "./_components/organization-details";
import { OrganizationForm } from "./_components/organization-form";
import { ShareFeedbackForm } from "./_components/share-feedback-form";

export const metadata: Metadata = { title: "Organization" };

export default async function OrganizationPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  if (actor.role !== "admin") {
    return (
      <>
        <PageHeader title="Organization" />
        <EmptyState
          icon={ShieldAlert}
          title="You need to be an admin to manage the organization"
          description="Ask an admin of your organization to change its name or billing email."
        />
      </>
    );
  }
  const row = await getMemberTenant(actor);
  if (!row) notFound();
  const tenant = presentTenant(row, actor.userId);

  return (
    <>
      <PageHeader title="Organization" description="Your organization's name, billing contact and plan." />
      <div className="grid gap-6">
        <OrganizationForm name={tenant.name} billingEmail={tenant.billingEmail} />
        <ApprovalThresholdForm threshold={tenant.procurementApprovalThreshold} />
        <ShareFeedbackForm shareFeedback={tenant.shareFeedback} />
        <OrganizationDetails
          slug={tenant.slug}
          plan={tenant.plan}
          status={tenant.subscriptionStatus}
          trialEndsAt={tenant.trialEndsAt}
          createdAt={tenant.createdAt}
        />
        {tenant.isOwner ? <DangerZone organizationName={tenant.name} /> : null}
      </div>
    </>
  );
}
