import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { SubscriptionBanner } from "@/components/layout/subscription-banner";
import { TenantSwitcher } from "@/components/layout/tenant-switcher";
import { UserMenu } from "@/components/layout/user-menu";
import { Badge } from "@/components/ui/badge";
import { auth } from "@/lib/auth/auth";
import { listTenantsForUser } from "@/lib/tenants/queries";

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const tenants = await listTenantsForUser(actor.userId);
  const isAdmin = actor.role === "admin";

  return (
    <AppShell
      isAdmin={isAdmin}
      tenantSwitcher={<TenantSwitcher tenants={tenants} activeTenantId={actor.tenantId} activeTenantName={actor.tenantName} />}
      userMenu={<UserMenu name={actor.name} email={actor.email} role={actor.role} isOwner={actor.isOwner} />}
      trialBadge={actor.subscriptionStatus === "trialing" ? <Badge variant="warning">Trial</Badge> : null}
      banner={<SubscriptionBanner status={actor.subscriptionStatus} isAdmin={isAdmin} />}
    >
      {children}
    </AppShell>
  );
}
