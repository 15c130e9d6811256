import Link from "next/link";
import { Hero } from "./_components/hero";
import { HowItWorks } from "./_components/how-it-works";
import { PricingTable } from "./_components/pricing-table";
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
      <footer className="border-t border-border">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-8 text-sm text-muted-foreground sm:px-6">
          <p>© {new Date().getFullYear()} AeroSpec</p>
          <nav aria-label="Footer" className="flex gap-4">
            <Link href="/login" className="hover:text-foreground">
              Sign in
            </Link>
            <Link href="/signup" className="hover:text-foreground">
              Start free trial
            </Link>
          </nav>
        </div>
      </footer>
    </div>
  );
}
