import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Button } from "@/components/ui/button";
import { auth } from "@/lib/auth/auth";
import { can } from "@/lib/rbac/permissions";
import { ConfigurationList } from "./_components/configuration-list";
import { ExportButton } from "./_components/export-button";

export const metadata: Metadata = { title: "Configurations" };

export default async function ConfigurationsPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const canWrite = can(actor.role, "configurations.write");
  const canExport = can(actor.role, "data.export");

  return (
    <>
      <PageHeader
        title="Configurations"
        description="Fluids and spray targets, each with the actuators ranked for it."
        actions={
          <div className="flex flex-wrap gap-2">
            {canExport ? <ExportButton /> : null}
            {canWrite ? (
              <Button asChild>
                <Link href="/configurations/new">
                  <Plus aria-hidden="true" />
                  New configuration
                </Link>
              </Button>
            ) : null}
          </div>
        }
      />
      <ConfigurationList canWrite={canWrite} />
    </>
  );
}
