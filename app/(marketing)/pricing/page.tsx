import type { Metadata } from "next";
import { PricingTable } from "../_components/pricing-table";
import { SiteFooter } from "../_components/site-footer";
import { SiteHeader } from "../_components/site-header";

export const metadata: Metadata = { title: "Pricing" };

export default function PricingPage() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="flex-1">
        <PricingTable />
      </main>
      <SiteFooter />
    </div>
  );
}
