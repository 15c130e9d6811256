import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StaffNav } from "@/components/platform/staff-nav";
import { auth } from "@/lib/auth/auth";
import { listCommissions } from "@/lib/platform/commissions";
import { CommissionList } from "./_components/commission-list";

export const metadata: Metadata = { title: "Commissions" };

// The same page size the list asks for when it loads more.
const FIRST_PAGE_SIZE = 50;

export default async function CommissionsPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  // Staff pages do not exist for anyone else.
  if (!actor.isStaff) notFound();
  const firstPage = await listCommissions({ limit: FIRST_PAGE_SIZE });

  return (
    <>
      <PageHeader title="Commissions" description="AeroSpec's commission on every procurement order, across organizations." />
      <StaffNav active="commissions" />
      <CommissionList initialPage={firstPage} />
    </>
  );
}
