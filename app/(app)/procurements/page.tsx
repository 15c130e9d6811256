import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ProcurementList } from "./_components/procurement-list";

export const metadata: Metadata = { title: "Orders" };

export default function ProcurementsPage() {
  return (
    <>
      <PageHeader title="Orders" description="Actuators ordered from Spencer and Coster: quotes, payment, delivery and receipt." />
      <ProcurementList />
    </>
  );
}
