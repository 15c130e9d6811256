import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { auth } from "@/lib/auth/auth";
import { can } from "@/lib/rbac/permissions";
import { ConfigurationEditor } from "../_components/editor/configuration-editor";

export const metadata: Metadata = { title: "New configuration" };

export default async function NewConfigurationPage() {
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");
  if (!can(actor.role, "configurations.write")) redirect("/configurations");

  return (
    <>
      <PageHeader title="New configuration" description="Describe the fluid and your targets; the ranking updates as you type." />
      <ConfigurationEditor configuration={null} readOnly={false} />
    </>
  );
}
