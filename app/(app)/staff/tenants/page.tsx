import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { StaffNav } from "@/components/billing/staff-nav";
import { PageHeader } from "@/components/layout/page-header";
import { auth } from "@/lib/auth/auth";
import { listTenantsForStaff } from "@/lib/billing/enterprise";
import { STAFF_TENANTS_PAGE_SIZE } from "@/lib/billing/schemas";
import { TenantList } from "./_components/tenant-list";

export const metadata: Metadata = { title: "Organizations" };

export default async function TenantsPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  // Staff pages do not exist for anyone else.
  if (!actor.isStaff) notFound();
  const firstPage = await listTenantsForStaff({ limit: STAFF_TENANTS_PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Organizations"
        description="Every organization on AeroSpec with its plan, seats and MRR; Enterprise agreements are set here."
      />
      <StaffNav active="tenants" />
      <TenantList initialPage={firstPage} />
    </>
  );
}
