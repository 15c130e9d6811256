import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { can } from "@/lib/rbac/permissions";
import { ConfigurationDetail } from "./_components/configuration-detail";

export const metadata: Metadata = { title: "Configuration" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// What the member may do with it arrives with the configuration (its `access`), from the same
// rule the API enforces.
export default async function ConfigurationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const actor = (await auth())?.actor;
  if (!actor) redirect("/login");
  const calibration = { view: can(actor.role, "analytics.read"), recalibrate: can(actor.role, "feedback.write") };
  return <ConfigurationDetail id={id} canOrder={can(actor.role, "procurements.write")} calibration={calibration} />;
}
