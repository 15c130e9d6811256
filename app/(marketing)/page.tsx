import { Hero } from "./_components/hero";
import { HowItWorks } from "./_components/how-it-works";
import { PricingTable } from "./_components/pricing-table";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";

export default function LandingPage() {
  return (
    <div className="flex min-h-screen flex-col">
      <SiteHeader />
      <main className="flex-1">
        <Hero />
        <HowItWorks />
        <PricingTable />
      </main>
      <SiteFooter />
    </div>
  );
}
