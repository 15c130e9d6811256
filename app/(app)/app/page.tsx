import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { auth } from "@/lib/auth/auth";
import { can } from "@/lib/rbac/permissions";
import { getTenantOverview } from "@/lib/tenants/overview";
import { NextSteps } from "./_components/next-steps";
import { PlanCard } from "./_components/plan-card";
import { RecentActivity } from "./_components/recent-activity";
import { SeatsCard } from "./_components/seats-card";

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const isAdmin = actor.role === "admin";
  const { tenant, memberCount, configurationCount, activity } = await getTenantOverview(actor);
  const firstName = actor.name.split(" ")[0] || actor.email;

  return (
    <>
      <PageHeader
        title={configurationCount === 0 ? `Welcome to AeroSpec, ${firstName}` : `Welcome back, ${firstName}`}
        description={
          <>
            You are signed in to <span className="font-medium text-foreground">{actor.tenantName}</span> as{" "}
            {actor.role === "admin" ? "an admin" : `a ${actor.role}`}.
          </>
        }
      />
      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-3">
        <PlanCard plan={actor.plan} status={actor.subscriptionStatus} trialEndsAt={tenant?.trialEndsAt ?? null} isAdmin={isAdmin} />
        <SeatsCard used={memberCount} plan={actor.plan} />
        <NextSteps
          isAdmin={isAdmin}
          canCreate={can(actor.role, "configurations.write")}
          configurationCount={configurationCount}
          memberCount={memberCount}
          hasBillingEmail={Boolean(tenant?.billingEmail)}
          subscribed={actor.subscriptionStatus === "active"}
        />
      </div>
      {activity ? <RecentActivity items={activity.items} /> : null}
    </>
  );
}
