import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StaffNav } from "@/components/platform/staff-nav";
import { auth } from "@/lib/auth/auth";
import { listServiceTokens } from "@/lib/ml/service-tokens";
import { ServiceTokens } from "./_components/service-tokens";

export const metadata: Metadata = { title: "Service tokens" };

export default async function ServiceTokensPage() {
  const actor = (await auth())?.actor;
  if (!actor) redirect("/login");
  // Staff pages do not exist for anyone else.
  if (!actor.isStaff) notFound();
  const { items } = await listServiceTokens();
  return (
    <>
      <PageHeader
        title="Service tokens"
        description="Credentials of AeroSpec's own services, such as the model retraining that reads the pseudonymised lab results."
      />
      <StaffNav active="service-tokens" />
      <ServiceTokens initialTokens={JSON.parse(JSON.stringify(items))} />
    </>
  );
}
