import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { StaffNav } from "@/components/platform/staff-nav";
import { auth } from "@/lib/auth/auth";
import { listSyncRuns } from "@/lib/suppliers/sync";
import { SyncHistory } from "./_components/sync-history";

export const metadata: Metadata = { title: "Suppliers" };

export default async function SuppliersPage() {
  const actor = (await auth())?.actor;
  if (!actor) redirect("/login");
  // Staff pages do not exist for anyone else.
  if (!actor.isStaff) notFound();
  const runs = await listSyncRuns();
  return (
    <>
      <PageHeader
        title="Suppliers"
        description="Spencer's and Coster's price lists in the catalog: when they were pulled and what changed."
      />
      <StaffNav active="suppliers" />
      <SyncHistory initialRuns={JSON.parse(JSON.stringify(runs))} />
    </>
  );
}
