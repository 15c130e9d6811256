import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StaffNav } from "@/components/platform/staff-nav";
import { auth } from "@/lib/auth/auth";
import { STAFF_TENANTS_PAGE_SIZE } from "@/lib/platform/schemas";
import { listTenantsForStaff } from "@/lib/platform/tenants";
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
