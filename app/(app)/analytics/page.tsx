import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { auth } from "@/lib/auth/auth";
import { allows } from "@/lib/rbac/permissions";
import { AnalyticsDashboard } from "./_components/analytics-dashboard";

export const metadata: Metadata = { title: "Analytics" };

export default async function AnalyticsPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  return (
    <>
      <PageHeader
        title="Analytics"
        description="How well the predictions match your lab results, how your team uses AeroSpec, and what it uses most."
      />
      {allows(actor, "analytics.read") ? (
        <AnalyticsDashboard canCalibrate={allows(actor, "feedback.write")} />
      ) : (
        <EmptyState
          icon={ShieldAlert}
          title="Your role does not include analytics"
          description="Admins and users of your organization can view analytics; ask an admin to change your role."
        />
      )}
    </>
  );
}
