import { Webhook } from "lucide-react";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { auth } from "@/lib/auth/auth";
import { allows } from "@/lib/rbac/permissions";
import { WebhooksManager } from "./_components/webhooks-manager";

export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  const description = "AeroSpec posts signed events to your systems' URLs when orders, configurations, lab results or members change.";
  if (!allows(actor, "webhooks.manage")) {
    return (
      <>
        <PageHeader title="Webhooks" description={description} />
        <Card>
          <CardContent className="pt-6">
            <EmptyState
              icon={Webhook}
              title="Only admins manage webhooks"
              description="Ask an admin of your organization to add an endpoint."
            />
          </CardContent>
        </Card>
      </>
    );
  }
  return (
    <>
      <PageHeader title="Webhooks" description={description} />
      <WebhooksManager />
    </>
  );
}
