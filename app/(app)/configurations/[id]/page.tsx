import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { can } from "@/lib/rbac/permissions";
import { ConfigurationDetail } from "./_components/configuration-detail";

export const metadata: Metadata = { title: "Configuration" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function ConfigurationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const session = await auth();
  const actor = session?.actor;
  if (!actor) redirect("/login");

  return (
    <ConfigurationDetail
      id={id}
      currentUserId={actor.userId}
      canWrite={can(actor.role, "configurations.write")}
      isAdmin={can(actor.role, "configurations.delete_any")}
    />
  );
}
