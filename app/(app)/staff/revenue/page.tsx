import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { getDefaultMonthRange } from "@/components/platform/months";
import { StaffNav } from "@/components/platform/staff-nav";
import { auth } from "@/lib/auth/auth";
import { getMonthlyRevenue } from "@/lib/platform/revenue";
import { RevenueDashboard } from "./_components/revenue-dashboard";

export const metadata: Metadata = { title: "Revenue" };

export default async function RevenuePage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  // Staff pages do not exist for anyone else.
  if (!actor.isStaff) notFound();
  const range = getDefaultMonthRange();
  const months = await getMonthlyRevenue(range);

  return (
    <>
      <PageHeader title="Revenue" description="Recurring revenue and procurement commissions across every organization." />
      <StaffNav active="revenue" />
      <RevenueDashboard initialRange={range} initialMonths={months} />
    </>
  );
}
