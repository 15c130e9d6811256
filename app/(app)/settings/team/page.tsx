import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { auth } from "@/lib/auth/auth";
import { PLANS } from "@/lib/billing/plans";
import { getMemberTenant } from "@/lib/tenants/queries";
import { TeamManager } from "./_components/team-manager";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const tenant = await getMemberTenant(actor);
  const isAdmin = actor.role === "admin";

  return (
    <>
      <PageHeader
        title="Team"
        description={
          isAdmin ? "Invite people, set their roles and remove access." : "Everyone in your organization. Only admins can change the team."
        }
      />
      <TeamManager
        currentUserId={actor.userId}
        ownerUserId={tenant?.ownerUserId ?? null}
        isAdmin={isAdmin}
        seatLimit={PLANS[actor.plan].limits.max_users}
        planName={PLANS[actor.plan].name}
      />
    </>
  );
}
