import { ShieldAlert } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { auth } from "@/lib/auth/auth";
import { AuditLog } from "./_components/audit-log";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  return (
    <>
      <PageHeader title="Audit log" description="Who changed what in your organization, and when. Newest first." />
      {actor.role === "admin" ? (
        <AuditLog />
      ) : (
        <EmptyState
          icon={ShieldAlert}
          title="You need to be an admin to read the audit log"
          description="Ask an admin of your organization if you need a record of a change."
        />
      )}
    </>
  );
}
