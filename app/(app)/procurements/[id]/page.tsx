import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProcurementDetail } from "./_components/procurement-detail";

export const metadata: Metadata = { title: "Order" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// What the member may do with the order arrives with it (its `access`), from the rule the API enforces.
export default async function ProcurementPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  return <ProcurementDetail id={id} />;
}
