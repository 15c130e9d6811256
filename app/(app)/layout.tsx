import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { TrialBadge } from "@/components/billing/trial-badge";
import { AppShell } from "@/components/layout/app-shell";
import { SubscriptionBanner } from "@/components/layout/subscription-banner";
import { TenantSwitcher } from "@/components/layout/tenant-switcher";
import { UserMenu } from "@/components/layout/user-menu";
import { Providers } from "@/components/providers/providers";
import { hasApiAccess } from "@/lib/api-keys/access";
import { auth } from "@/lib/auth/auth";
import { explainEndedSession } from "@/lib/auth/session-token";
import { getBillingAccess, trialDaysLeft } from "@/lib/billing/access";
import { allows } from "@/lib/rbac/permissions";
import { listTenantsForUser } from "@/lib/tenants/queries";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) {
    const ended = await explainEndedSession(await cookies());
    redirect(ended ? `/login?notice=${ended}` : "/login");
  }
  const tenants = await listTenantsForUser(actor.userId);
  const isAdmin = actor.role === "admin";
  const access = getBillingAccess(actor);

  return (
    <Providers>
      <AppShell
        isAdmin={isAdmin}
        isStaff={actor.isStaff}
        hasApiAccess={hasApiAccess(actor)}
        canViewAnalytics={allows(actor, "analytics.read")}
        tenantSwitcher={<TenantSwitcher tenants={tenants} activeTenantId={actor.tenantId} activeTenantName={actor.tenantName} />}
        userMenu={<UserMenu name={actor.name} email={actor.email} role={actor.role} isOwner={actor.isOwner} />}
        trialBadge={<TrialBadge daysLeft={trialDaysLeft(actor)} ended={access.readOnly && access.reason === "trial_ended"} />}
        banner={<SubscriptionBanner access={access} isAdmin={isAdmin} />}
      >
        {children}
      </AppShell>
    </Providers>
  );
}
